package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in real headless Chromium: signing in and out, the menu each role gets, the phone layout,
 * the dashboard's charts with the right numbers, the resident's chat in the console frame.
 */
class ConsoleBrowserTest extends BrowserTestBase {

    private List<String> menu() {
        return browser.driver().findElements(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void adminSignsInAndGetsEveryPage() {
        browser.signIn("admin", ADMIN_PASSWORD);
        assertThat(menu()).containsExactly("数据概览", "工单", "问答库", "问卷", "通知", "志愿活动", "敏感词", "公众号菜单", "聊天模拟器", "账号与日志");
        assertThat(browser.find(By.id("who")).getText()).contains("admin");
    }

    @Test
    void adminCreatesAHandlerAccountAndSeesItInTheAuditLog() {
        String name = "grid-ui-" + UniqueIds.name();
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("users");
        browser.find(By.id("new-username")).sendKeys(name);
        browser.find(By.id("new-password")).sendKeys("long-enough-pw");
        browser.find(By.id("new-role-handler")).click();
        browser.find(By.cssSelector("#new-user button[type=submit]")).click();
        browser.await(d -> d.findElement(By.id("toast")).getDomProperty("textContent").contains("处置人员需要填写所属部门"));
        browser.find(By.id("new-department")).sendKeys("区城市管理局");
        browser.find(By.cssSelector("#new-user button[type=submit]")).click();
        WebElement row = browser.find(By.cssSelector("#user-table tr[data-user='" + name + "']"));
        assertThat(row.getText()).contains("处置人员").contains("区城市管理局").contains("启用");
        assertThat(browser.find(By.id("audit-table")).getText()).contains("/api/admin/users");

        WebElement bindCode = row.findElement(By.cssSelector(".bind-code-button"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", bindCode);
        bindCode.click();
        browser.await(d -> d.findElement(By.cssSelector("#user-table tr[data-user='" + name + "'] .bind-code"))
                .getText().matches("绑定码 \\d{6}.*"));
    }

    @Test
    void wrongPasswordStaysOnTheSignInPageWithAPoliteSentence() {
        browser.go("/console/login.html");
        browser.find(By.id("username")).sendKeys("admin");
        browser.find(By.id("password")).sendKeys("not-the-password");
        browser.find(By.id("sign-in")).click();
        browser.await(d -> d.getCurrentUrl().contains("error"));
        assertThat(browser.find(By.id("message")).getText()).contains("用户名或密码不正确");
    }

    @Test
    void handlerSeesOnlyTickets() {
        StaffHttp admin = new StaffHttp(port).basic("admin", ADMIN_PASSWORD);
        String name = "grid-" + UniqueIds.name();
        assertThat(admin.postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"区城市管理局\"}").statusCode()).isEqualTo(201);

        browser.signIn(name, "long-enough-pw");
        assertThat(menu()).containsExactly("工单");
        browser.go("/console/#/users");
        browser.await(d -> d.getCurrentUrl().endsWith("#/tickets"));
    }

    @Test
    void signOutEndsTheSession() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.find(By.id("sign-out")).click();
        browser.await(d -> d.getCurrentUrl().contains("/console/login.html?out"));
        assertThat(browser.find(By.id("message")).getText()).contains("您已安全退出");
        browser.go("/console/");
        browser.await(d -> d.getCurrentUrl().contains("/console/login.html"));
    }

    @Test
    void atPhoneWidthTheMenuFoldsBehindAButton() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(375, 740));
        browser.page("simulator");
        WebElement nav = browser.find(By.id("nav"));
        browser.await(d -> !nav.isDisplayed());
        browser.visible(By.id("nav-toggle")).click();
        browser.await(d -> nav.isDisplayed());
        browser.find(By.id("nav-dashboard")).click();
        browser.ready();
        assertThat(nav.isDisplayed()).isFalse();
        Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("the page scrolls sideways at 375 px").isEqualTo(false);
    }

    @Test
    void dashboardChartsShowTodaysMessagesByIntent() {
        StaffHttp admin = new StaffHttp(port).basic("admin", ADMIN_PASSWORD);
        PortalClient portal = new PortalClient(port);
        portal.ask("o-browser-dash-1", "你好");
        portal.ask("o-browser-dash-2", "人民公园北门的路灯坏了好几天了");
        JsonNode figures = JsonMapper.builder().build().readTree(admin.get("/api/admin/dashboard").body());
        long today = figures.path("messages").path("today").path("total").asLong();
        long greetings = figures.path("messages").path("today").path("routes").path("greeting").asLong();
        assertThat(greetings).isPositive();

        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("dashboard");
        assertThat(browser.find(By.cssSelector("#kpi-messages-today .value")).getText())
                .isEqualTo(String.format("%,d", today));
        assertThat(browser.find(By.cssSelector("#kpi-tickets-opened .value")).getText())
                .isEqualTo(String.format("%,d", figures.path("tickets").path("openedToday").asLong()));
        assertThat(browser.find(By.cssSelector("#chart-intents canvas")).isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector("#chart-trend canvas")).isDisplayed()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> todays = (Map<String, Object>) browser.script(
                "const o = echarts.getInstanceByDom(document.getElementById('chart-intents')).getOption();"
                        + "const names = o.xAxis[0].data; const out = {};"
                        + "names.forEach((n, i) => { out[n] = o.series[0].data[i]; }); return out;");
        assertThat(((Number) todays.get("问候")).longValue()).isEqualTo(greetings);
        assertThat(((Number) todays.get("反映问题")).longValue())
                .isEqualTo(figures.path("messages").path("today").path("routes").path("complaint").asLong());
    }

    @Test
    void simulatorChatsWithTheRealPortalInsideTheConsole() {
        browser.signIn("admin", ADMIN_PASSWORD);
        simulatorAs("o-browser-sim-" + unique());
        assertThat(say("你好")).contains("您好");
    }
}
