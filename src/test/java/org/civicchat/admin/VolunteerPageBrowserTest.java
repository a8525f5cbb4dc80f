package org.civicchat.admin;

import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** The 志愿活动 page: an operator publishes an activity, shows its code on a phone and adjusts a volunteer's hours. */
class VolunteerPageBrowserTest extends BrowserTestBase {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private void type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** datetime-local inputs take keys in the browser's locale order; the value is set as a script would. */
    private void setTime(String id, LocalDateTime at) {
        browser.script("arguments[0].value = arguments[1]", browser.find(By.id(id)), LOCAL.format(at));
    }

    @Test
    void operatorPublishesAnActivityAndSeesTheRosterAndTheBigCodeOnAPhone() {
        String title = "护绿行动" + unique();
        String community = "和平社区" + unique();
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("volunteer");
        browser.find(By.id("volunteer-new")).click();
        browser.ready();
        type("va-title", title);
        type("va-place", "和平社区小广场");
        type("va-community", community);
        LocalDateTime start = LocalDateTime.now().plusDays(2).withSecond(0).withNano(0);
        setTime("va-startsAt", start);
        setTime("va-endsAt", start.plusHours(2));
        type("va-quota", "8");
        browser.find(By.id("va-submit")).click();
        browser.await(d -> d.getCurrentUrl().matches(".*#/volunteer/\\d+$"));
        browser.ready();
        String code = browser.visible(By.id("checkin-code")).getText();
        assertThat(code).matches("\\d{6}");
        String id = browser.driver().getCurrentUrl().replaceAll(".*#/volunteer/", "");

        PortalClient portal = new PortalClient(port);
        String who = "o-vol-page-" + unique();
        admin().putJson("/api/admin/notices/groups/community/"
                + java.net.URLEncoder.encode(community, java.nio.charset.StandardCharsets.UTF_8), "{\"openids\": [\"" + who + "\"]}");
        String list = portal.ask(who, "志愿活动");
        java.util.regex.Matcher n = java.util.regex.Pattern.compile("(?m)^(\\d+)\\. " + title + "$").matcher(list);
        assertThat(n.find()).isTrue();
        assertThat(portal.ask(who, "报名 " + n.group(1))).startsWith("报名成功！");

        browser.page("volunteer/" + id);
        WebElement row = browser.visible(By.cssSelector("#va-roster tr[data-no='1']"));
        assertThat(row.getText()).contains("未签到");
        WebElement hours = row.findElement(By.cssSelector("input.hours"));
        hours.clear();
        hours.sendKeys("1.5");
        row.findElement(By.tagName("button")).click();
        awaitToast("时长已保存");
        browser.await(d -> d.findElement(By.id("va-figures")).getText().contains("服务时长共 1.5 小时"));

        browser.viewport(375, 740);
        browser.page("volunteer/" + id);
        WebElement big = browser.visible(By.id("checkin-code"));
        double size = Double.parseDouble(((String) browser.script(
                "return getComputedStyle(arguments[0]).fontSize", big)).replace("px", ""));
        assertThat(size).as("the code's font size at 375 px").isGreaterThanOrEqualTo(56);
        Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("the page scrolls sideways at 375 px").isEqualTo(false);
    }

    @Test
    void aBadFormSaysWhatIsWrongInChinese() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("volunteer/new");
        type("va-title", "时间反了" + unique());
        type("va-place", "和平社区小广场");
        LocalDateTime start = LocalDateTime.now().plusDays(2).withSecond(0).withNano(0);
        setTime("va-startsAt", start);
        setTime("va-endsAt", start.minusHours(1));
        browser.find(By.id("va-submit")).click();
        browser.await(d -> d.findElement(By.id("va-problems")).getText().contains("结束时间须晚于开始时间"));
    }
}
