package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One headless Chromium per test class against the shared running app; each test starts signed out at
 * desktop size. Skipped when Debian's chromium and chromium-driver are not installed.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    static final String ADMIN_PASSWORD = "test-admin-password";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        browser = Browser.open(port, 1280, 800);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOutAtDesktopSize() {
        browser.driver().manage().window().setSize(new Dimension(1280, 800));
        browser.go("/console/login.html");
        browser.driver().manage().deleteAllCookies();
    }

    StaffHttp admin() {
        return new StaffHttp(port).basic("admin", ADMIN_PASSWORD);
    }

    /** A short token no other test or earlier run used (test data stays in the shared Redis). */
    static String unique() {
        return Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36) + UNIQUE.incrementAndGet();
    }

    /** Waits for the console's toast to say something containing {@code text}. */
    void awaitToast(String text) {
        browser.await(d -> d.findElement(By.id("toast")).getDomProperty("textContent").contains(text));
    }

    /** Opens the console's simulator as {@code openid}. */
    void simulatorAs(String openid) {
        browser.page("simulator");
        WebElement who = browser.find(By.id("sim-openid"));
        who.clear();
        who.sendKeys(openid);
    }

    /** Sends a text in the console's simulator; returns the bot's reply to it. */
    String say(String text) {
        int before = browser.driver().findElements(By.cssSelector("#sim-chat .msg.bot")).size();
        browser.find(By.id("sim-text")).sendKeys(text);
        browser.find(By.id("sim-send")).click();
        return browser.await(d -> {
            var bots = d.findElements(By.cssSelector("#sim-chat .msg.bot"));
            return bots.size() > before ? bots.get(bots.size() - 1).getText() : null;
        });
    }
}
