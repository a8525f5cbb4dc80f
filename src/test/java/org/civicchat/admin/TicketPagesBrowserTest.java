package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets through the console in headless Chromium: a complaint typed in the simulator shows in the list;
 * the office assigns it, the department's handler starts and resolves it on their own pages, and the
 * resident's notification appears in the sandbox outbox; the office merges a repeat and rejects with a reason;
 * a handler cannot open another department's ticket.
 */
class TicketPagesBrowserTest extends BrowserTestBase {

    static final Pattern NUMBER = Pattern.compile("WM\\d{8}-\\d{4}");
    static final AtomicInteger RESIDENTS = new AtomicInteger();

    /** A street address no other test or earlier run used, so no complaint counts as a repeat of another. */
    private static String place(String road) {
        return road + (100 + (System.nanoTime() / 1000 + RESIDENTS.incrementAndGet()) % 9000) + "号";
    }

    private String resident() {
        return "o-browser-ticket-" + RESIDENTS.incrementAndGet() + "-" + UniqueIds.name();
    }

    /** Types a complaint in the console's simulator as {@code openid}; returns the ticket number it was told. */
    private String fileInSimulator(String openid, String complaint) {
        simulatorAs(openid);
        String reply = say(complaint);
        Matcher m = NUMBER.matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
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
        String handler = "traffic-" + UniqueIds.name();
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
        browser.find(By.id("form-resident")).sendKeys("路口信号灯已修好，感谢您的反映");
        assertThat(browser.find(By.id("form-resident-preview")).getText())
                .contains("状态更新为：已处理").contains("说明：路口信号灯已修好，感谢您的反映");
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
                && d.findElement(By.id("sim-outbox")).getText().contains("路口信号灯已修好"));
        assertThat(browser.find(By.id("sim-outbox")).getText()).as("the internal note stays in the console")
                .doesNotContain("信号灯电源已修复");
    }

    @Test
    void officeMergesARepeatAndRejectsWithAReason() {
        browser.signIn("admin", ADMIN_PASSWORD);
        String first = fileInSimulator(resident(), place("和平路") + "公交站的站牌倒了");
        String repeat = fileInSimulator(resident(), place("和平路") + "公交站站牌被风刮倒了");
        String outOfScope = fileInSimulator(resident(), place("新华路") + "小区物业费太贵了，电梯也经常坏");

        browser.page("tickets/" + repeat);
        browser.find(By.id("action-merge")).click();
        browser.find(By.id("form-into")).sendKeys(first);
        browser.find(By.id("form-submit")).click();
        awaitStatus("duplicate");
        assertThat(browser.find(By.id("ticket-facts")).getText()).contains("重复于").contains(first);

        browser.page("tickets/" + outOfScope);
        browser.find(By.id("action-reject")).click();
        browser.find(By.id("form-submit")).click();
        awaitToast("请填写不予受理的理由");
        browser.find(By.id("form-reason")).sendKeys("物业收费属于合同纠纷，请向街道物业办咨询");
        browser.find(By.id("form-submit")).click();
        awaitStatus("rejected");
        assertThat(browser.find(By.id("ticket-facts")).getText()).contains("物业收费属于合同纠纷");
        assertThat(browser.driver().findElements(By.cssSelector("#ticket-actions button")))
                .extracting(e -> e.getText()).containsExactly("添加备注");
    }

    @Test
    void handlerCannotOpenAnotherDepartmentsTicket() {
        String handler = "parks-" + UniqueIds.name();
        StaffHttp admin = new StaffHttp(port).basic("admin", ADMIN_PASSWORD);
        assertThat(admin.postJson("/api/admin/users", "{\"username\":\"" + handler + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"区园林绿化中心\"}").statusCode()).isEqualTo(201);
        browser.signIn("admin", ADMIN_PASSWORD);
        String number = fileInSimulator(resident(), place("光明路") + "门口的井盖松动了，踩上去晃");
        browser.find(By.id("sign-out")).click();
        browser.await(d -> d.getCurrentUrl().contains("login.html"));

        browser.signIn(handler, "long-enough-pw");
        browser.page("tickets/" + number);
        assertThat(browser.find(By.cssSelector("#page .card")).getText()).as("the same answer as for a number that does not exist")
                .contains("没有这张工单");
    }
}
