package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in real headless Chromium: signing in and out, the menu each role gets, the phone layout,
 * the dashboard's charts with the right numbers, the resident's chat in the console frame.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    static final String ADMIN_PASSWORD = "test-admin-password";

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

    private List<String> menu() {
        return browser.driver().findElements(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void adminSignsInAndGetsEveryPage() {
        browser.signIn("admin", ADMIN_PASSWORD);
        assertThat(menu()).containsExactly("数据概览", "工单", "问答库", "问卷", "通知", "聊天模拟器", "账号与日志");
        assertThat(browser.find(By.id("who")).getText()).contains("admin");
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
        String name = "grid-" + System.nanoTime() % 1_000_000;
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
        browser.page("simulator");
        browser.find(By.id("sim-openid")).clear();
        browser.find(By.id("sim-openid")).sendKeys("o-browser-sim-1");
        browser.find(By.id("sim-text")).sendKeys("你好");
        browser.find(By.id("sim-send")).click();
        WebElement reply = browser.await(d -> d.findElements(By.cssSelector("#sim-chat .msg.bot")).stream()
                .findFirst().orElse(null));
        assertThat(reply.getText()).contains("您好");
    }
}
