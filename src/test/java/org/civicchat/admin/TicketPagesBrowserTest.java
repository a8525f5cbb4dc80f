package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tickets through the console in headless Chromium: a complaint typed in the simulator shows in the list;
 * the office assigns it, the department's handler starts and resolves it on their own pages, and the
 * resident's notification appears in the sandbox outbox.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketPagesBrowserTest {

    static final String ADMIN_PASSWORD = "test-admin-password";
    static final Pattern NUMBER = Pattern.compile("WM\\d{8}-\\d{4}");
    static final AtomicInteger RESIDENTS = new AtomicInteger();

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
    void signedOut() {
        browser.go("/console/login.html");
        browser.driver().manage().deleteAllCookies();
    }

    /** A street address no other test or earlier run used, so no complaint counts as a repeat of another. */
    private static String place(String road) {
        return road + (100 + (System.nanoTime() / 1000 + RESIDENTS.incrementAndGet()) % 9000) + "号";
    }

    private String resident() {
        return "o-browser-ticket-" + RESIDENTS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** Types a complaint in the console's simulator as {@code openid}; returns the ticket number it was told. */
    private String fileInSimulator(String openid, String complaint) {
        browser.page("simulator");
        WebElement who = browser.find(By.id("sim-openid"));
        who.clear();
        who.sendKeys(openid);
        browser.find(By.id("sim-text")).sendKeys(complaint);
        browser.find(By.id("sim-send")).click();
        WebElement reply = browser.await(d -> d.findElements(By.cssSelector("#sim-chat .msg.bot")).stream()
                .filter(e -> NUMBER.matcher(e.getText()).find()).findFirst().orElse(null));
        Matcher m = NUMBER.matcher(reply.getText());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private void submitAction(String action) {
        browser.find(By.id("action-" + action)).click();
        browser.find(By.id("form-submit")).click();
    }

    private void awaitStatus(String status) {
        try {
            browser.await(d -> !d.findElements(By.cssSelector("#page > .view[data-status='" + status + "']")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot(java.nio.file.Path.of("target/failed-" + status + ".png"));
            throw new AssertionError("the ticket did not become " + status + " in " + browser.script(
                    "return Array.from(document.querySelectorAll('#page > *')).map(e => e.outerHTML.substring(0, 200)).join(' | ')") + "; the console said: "
                    + browser.find(By.id("toast")).getDomProperty("textContent"), e);
        }
    }

    @Test
    void complaintTypedInTheSimulatorAppearsInTheTicketList() {
        browser.signIn("admin", ADMIN_PASSWORD);
        String where = place("枫叶路");
        String number = fileInSimulator(resident(), where + "门口的路灯坏了好几天了，晚上很黑");

        browser.page("tickets");
        WebElement row = browser.find(By.cssSelector("#ticket-table tr[data-id='" + number + "']"));
        assertThat(row.getText()).contains("已提交").contains("公共设施损坏").contains(where);

        browser.find(By.id("filter-text")).sendKeys(where);
        browser.find(By.id("filter-apply")).click();
        browser.await(d -> d.getCurrentUrl().contains("text="));
        browser.ready();
        assertThat(browser.find(By.id("ticket-total")).getText()).isEqualTo("共 1 条");
        browser.find(By.cssSelector("#ticket-table tr[data-id='" + number + "']")).click();
        browser.ready();
        assertThat(browser.find(By.id("ticket-number")).getText()).contains(number);
        assertThat(browser.find(By.id("ticket-log")).getText()).contains("提交");
    }

    @Test
    void handlerResolvesTheTicketAndTheResidentIsToldInTheOutbox() {
        String openid = resident();
        String department = "区交警大队";
        String handler = "traffic-" + System.nanoTime() % 1_000_000;
        StaffHttp admin = new StaffHttp(port).basic("admin", ADMIN_PASSWORD);
        assertThat(admin.postJson("/api/admin/users", "{\"username\":\"" + handler + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"" + department + "\"}").statusCode()).isEqualTo(201);

        browser.signIn("admin", ADMIN_PASSWORD);
        String number = fileInSimulator(openid, place("建设路") + "路口的红绿灯坏了，一直不亮");
        browser.page("tickets/" + number);
        browser.find(By.id("action-assign")).click();
        new Select(browser.find(By.id("form-department"))).selectByValue(department);
        browser.find(By.id("form-submit")).click();
        awaitStatus("assigned");
        browser.find(By.id("sign-out")).click();
        browser.await(d -> d.getCurrentUrl().contains("login.html"));

        browser.signIn(handler, "long-enough-pw");
        browser.page("tickets");
        browser.find(By.cssSelector("#ticket-table tr[data-id='" + number + "'] a")).click();
        browser.ready();
        submitAction("start");
        awaitStatus("in_progress");
        browser.find(By.id("action-resolve")).click();
        browser.find(By.id("form-note")).sendKeys("信号灯电源已修复，恢复正常");
        browser.find(By.id("form-submit")).click();
        awaitStatus("resolved");
        assertThat(browser.find(By.id("ticket-log")).getText()).contains("信号灯电源已修复");
        assertThat(browser.driver().findElements(By.id("action-assign"))).as("handlers do not reassign").isEmpty();

        browser.find(By.id("sign-out")).click();
        browser.await(d -> d.getCurrentUrl().contains("login.html"));
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("simulator");
        WebElement who = browser.find(By.id("sim-openid"));
        who.clear();
        who.sendKeys(openid);
        browser.await(d -> d.findElement(By.id("sim-outbox")).getText().contains(number)
                && d.findElement(By.id("sim-outbox")).getText().contains("信号灯电源已修复"));
    }

    @Test
    void handlerCannotOpenAnotherDepartmentsTicket() {
        String handler = "parks-" + System.nanoTime() % 1_000_000;
        StaffHttp admin = new StaffHttp(port).basic("admin", ADMIN_PASSWORD);
        assertThat(admin.postJson("/api/admin/users", "{\"username\":\"" + handler + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"区园林绿化中心\"}").statusCode()).isEqualTo(201);
        browser.signIn("admin", ADMIN_PASSWORD);
        String number = fileInSimulator(resident(), place("光明路") + "门口的井盖松动了，踩上去晃");
        browser.find(By.id("sign-out")).click();
        browser.await(d -> d.getCurrentUrl().contains("login.html"));

        browser.signIn(handler, "long-enough-pw");
        browser.page("tickets/" + number);
        assertThat(browser.find(By.cssSelector("#page .card")).getText()).contains("不归您的部门办理");
    }
}
