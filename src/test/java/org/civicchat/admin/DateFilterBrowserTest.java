package org.civicchat.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticket list's date filters read and write yyyy-MM-dd whatever the browser's locale. */
class DateFilterBrowserTest extends BrowserTestBase {

    @Test
    void aDateTypedWithSlashesIsUsedAndShownAsYearMonthDay() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("tickets");
        WebElement from = browser.find(By.id("filter-from"));
        assertThat(from.getAttribute("type")).isEqualTo("text");
        assertThat(from.getAttribute("placeholder")).isEqualTo("如 2026-12-01");
        from.sendKeys("2026/1/5");
        browser.find(By.id("filter-apply")).click();
        browser.await(d -> d.getCurrentUrl().contains("from=2026-01-05"));
        browser.ready();
        assertThat(browser.find(By.id("filter-from")).getDomProperty("value")).isEqualTo("2026-01-05");
    }
}
