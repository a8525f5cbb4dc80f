package org.civicchat.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console shows and reads times in Beijing time whatever zone the browser is in: here the browser is told it
 * is in New York, and a ticket's times and a scheduled time still read as the office reads them.
 */
class ConsoleTimesBrowserTest extends BrowserTestBase {

    @Test
    void aBrowserInNewYorkStillShowsAndReadsBeijingTime() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
        browser.signIn("admin", ADMIN_PASSWORD).page("tickets");
        browser.find(By.id("filter-text"));
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/console/js/labels.js').then((m) => done([
                  new Date(2026, 0, 1).getTimezoneOffset(),
                  m.time('2026-01-01T00:30:00Z'), m.time('2026-06-30T23:59:00+08:00'),
                  m.beijingInput('2026-03-08T16:05:00Z'), m.fromBeijingInput('2026-03-09T00:05')
                ].join('|')), (e) => done('failed: ' + e));""");
        assertThat(answer).isEqualTo("300|2026-01-01 08:30|2026-06-30 23:59|2026-03-09T00:05|2026-03-08T16:05:00.000Z");
    }
}
