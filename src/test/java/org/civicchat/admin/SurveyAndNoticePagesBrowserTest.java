package org.civicchat.admin;

import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surveys and notices in headless Chromium: build a survey with its resident preview, answer it in the chat
 * and see the live results; push its invitation to one resident and find it in the outbox; send a notice
 * and read its delivery figures.
 */
class SurveyAndNoticePagesBrowserTest extends BrowserTestBase {

    @Test
    void surveyBuiltInTheConsoleIsAnsweredInTheChatAndCountedLive() {
        String id = "browser-survey-" + unique();
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("surveys/new");
        browser.find(By.id("survey-id")).sendKeys(id);
        browser.find(By.id("survey-title")).sendKeys("文明养犬知晓率小调查");
        browser.find(By.id("qtext-0")).sendKeys("遛狗时应该怎么做？");
        WebElement options = browser.find(By.id("options-0"));
        options.clear();
        options.sendKeys("可以不拴绳\n必须拴绳并及时清理犬粪\n只在晚上遛");
        browser.find(By.id("correct-0")).sendKeys("2");
        browser.find(By.id("survey-add-question")).click();
        new Select(browser.find(By.id("kind-1"))).selectByValue("rating");
        browser.find(By.id("qtext-1")).sendKeys("您对小区的文明养犬情况满意吗？");
        assertThat(browser.find(By.id("survey-preview")).getText())
                .contains("【文明养犬知晓率小调查】")
                .contains("（1/2）遛狗时应该怎么做？\n1. 可以不拴绳\n2. 必须拴绳并及时清理犬粪\n3. 只在晚上遛")
                .contains("请回复 1–5 的数字");
        browser.find(By.id("survey-save")).click();
        browser.await(d -> d.getCurrentUrl().endsWith("#/surveys/" + id));
        browser.ready();
        assertThat(browser.find(By.id("survey-responses")).getText()).contains("完整答卷 0 份");

        PortalClient chat = new PortalClient(port);
        String resident = "o-browser-survey-" + unique();
        assertThat(chat.ask(resident, "问卷 " + id)).contains("遛狗时应该怎么做");
        chat.ask(resident, "2");
        chat.ask(resident, "4");
        browser.await(d -> d.findElement(By.id("survey-responses")).getText().contains("完整答卷 1 份"));
        Object awareness = browser.script("return echarts.getInstanceByDom(document.getElementById('chart-awareness'))"
                + ".getOption().series[0].data[0].value");
        assertThat(((Number) awareness).doubleValue()).isEqualTo(100.0);
    }

    @Test
    void invitationAndNoticeReachTheResidentAndTheirFiguresShow() {
        String resident = "o-browser-notice-" + unique();
        new PortalClient(port).ask(resident, "你好");
        browser.signIn("admin", ADMIN_PASSWORD);

        browser.page("surveys/awareness-2026");
        new Select(browser.find(By.id("invite-audience"))).selectByValue("openids");
        browser.find(By.id("invite-audience-value")).sendKeys(resident);
        browser.find(By.cssSelector("#survey-invite button[type=submit]")).click();
        awaitToast("邀请已排入发送队列");

        browser.page("notices");
        browser.find(By.id("notice-title")).sendKeys("周六志愿服务活动招募");
        browser.find(By.id("notice-body")).sendKeys("本周六上午九点在人民公园北门集合，欢迎报名参加文明劝导志愿服务。");
        new Select(browser.find(By.id("notice-audience"))).selectByValue("openids");
        browser.find(By.id("notice-audience-value")).sendKeys(resident);
        browser.find(By.id("notice-send")).click();
        awaitToast("通知已排入发送队列");
        String latest = browser.await(d -> d.findElements(By.cssSelector("#notice-list li")).stream()
                .map(WebElement::getText)
                .filter(text -> text.contains("周六志愿服务活动招募") && text.contains("已完成"))
                .findFirst().orElse(null));
        assertThat(latest).contains("已送达\n1");

        simulatorAs(resident);
        browser.await(d -> {
            String outbox = d.findElement(By.id("sim-outbox")).getText();
            return outbox.contains("文明劝导志愿服务") && outbox.contains("创建全国文明典范城市 知晓率调查");
        });
    }
}
