package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Takes the README's screenshots of the console (docs/console-*.png) at 1280×800 and 375×740 with the same
 * headless Chromium as the browser tests. Runs only when asked:
 * {@code ./mvnw test -Dtest=ConsoleScreenshots -Dcivicchat.screenshots=docs}. Chinese text needs a CJK font
 * (Debian: fonts-noto-cjk).
 */
@AppTest
@EnabledIfSystemProperty(named = "civicchat.screenshots", matches = ".+")
class ConsoleScreenshots {

    @LocalServerPort
    int port;

    @Test
    void takeScreenshots() {
        String dir = System.getProperty("civicchat.screenshots");
        assumeTrue(dir != null && !dir.isBlank(), "set -Dcivicchat.screenshots=<dir> to take screenshots");
        assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed");
        Path out = Path.of(dir);
        seed();
        String ticket = ticketWithHistory();
        for (int[] size : List.of(new int[]{1280, 800}, new int[]{375, 740})) {
            try (Browser b = Browser.open(port, size[0], size[1])) {
                b.viewport(size[0], size[1]).still();
                b.signIn("admin", "test-admin-password");
                b.go("/console/login.html");
                String suffix = "-" + size[0] + ".png";
                b.page("dashboard");
                b.await(d -> d.findElements(By.cssSelector("#chart-intents canvas")).size() == 1);
                b.screenshot(out.resolve("console-dashboard" + suffix));
                b.page("tickets/" + ticket);
                b.screenshot(out.resolve("console-ticket" + suffix));
                b.page("simulator");
                b.find(By.id("sim-openid")).clear();
                b.find(By.id("sim-openid")).sendKeys("o-screenshot-resident");
                for (String text : List.of("你好", "小区门口的垃圾桶满了，一直没人清理")) {
                    int before = b.driver().findElements(By.cssSelector("#sim-chat .msg.bot")).size();
                    b.find(By.id("sim-text")).sendKeys(text);
                    b.find(By.id("sim-send")).click();
                    b.await(d -> d.findElements(By.cssSelector("#sim-chat .msg.bot")).size() > before);
                }
                b.screenshot(out.resolve("console-simulator" + suffix));
            }
        }
    }

    /** A complaint with a WeChat location and a photo, accepted, assigned with a note and being worked on. */
    private String ticketWithHistory() {
        PortalClient portal = new PortalClient(port);
        String openid = "o-screenshot-reporter";
        String place = "文化路" + (100 + System.nanoTime() / 1000 % 900) + "号附近";
        portal.encrypted(Messages.location(openid, 34.7466, 113.6253, place));
        String reply = portal.ask(openid, "这里有流动摊贩占道经营，人行道都被堵住了，晚上还很吵");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("WM\\d{8}-\\d{4}").matcher(reply);
        if (!m.find()) {
            throw new IllegalStateException("no ticket number in: " + reply);
        }
        String number = m.group();
        portal.encrypted(Messages.image(openid, "screenshot-media-1"));
        StaffHttp admin = new StaffHttp(port).basic("admin", "test-admin-password");
        admin.postJson("/api/admin/tickets/" + number + "/transitions", "{\"to\":\"accepted\",\"note\":\"情况属实，予以受理\"}");
        admin.postJson("/api/admin/tickets/" + number + "/assign", "{\"department\":\"区城市管理局\",\"grid\":\"青年路网格\","
                + "\"note\":\"请于今日内到现场劝离\"}");
        admin.postJson("/api/admin/tickets/" + number + "/transitions", "{\"to\":\"in_progress\",\"note\":\"网格员已出发\"}");
        resolvedAndRated(portal, admin, "o-screenshot-rater-1", "长安路" + (100 + System.nanoTime() / 1000 % 900)
                + "号路口的红绿灯不亮了", "1");
        resolvedAndRated(portal, admin, "o-screenshot-rater-2", "光明路" + (100 + System.nanoTime() / 1000 % 900)
                + "号小区门口有人遛狗不拴绳", "2");
        return number;
    }

    /** A ticket the office resolves and its resident rates (1 满意, 2 基本满意, 3 不满意). */
    private static void resolvedAndRated(PortalClient portal, StaffHttp admin, String openid, String complaint,
                                         String rating) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("WM\\d{8}-\\d{4}")
                .matcher(portal.ask(openid, complaint));
        if (!m.find()) {
            return;
        }
        for (String to : new String[]{"accepted", "assigned", "in_progress"}) {
            admin.postJson("/api/admin/tickets/" + m.group() + "/transitions", "{\"to\":\"" + to + "\"}");
        }
        admin.postJson("/api/admin/tickets/" + m.group() + "/transitions", "{\"to\":\"resolved\",\"note\":\"已到现场处理完毕\"}");
        portal.ask(openid, rating);
    }

    /** A day's worth of messages so the charts have something to show. */
    private void seed() {
        PortalClient portal = new PortalClient(port);
        String[] texts = {"你好", "垃圾分类有哪几类？", "志愿者怎么报名", "人民公园北门的路灯坏了好几天了",
                "文化路上有人乱摆摊", "我的工单", "问卷", "小区里遛狗不拴绳", "什么是文明典范城市"};
        for (int i = 0; i < texts.length * 3; i++) {
            portal.ask("o-screenshot-" + (i % 7), texts[(i * 5) % texts.length]);
        }
        for (int i = 0; i < 4; i++) {
            portal.encrypted(Messages.event("o-screenshot-new-" + i, "subscribe", null));
        }
        String[][] answerSets = {
                {"2", "2", "2", "1、2、3、4", "1", "4", "希望多组织志愿活动"},
                {"2", "1", "2", "1、2、3", "2", "5", "跳过"},
                {"1", "2", "2", "1、2、3、4", "3", "1、3", "3", "路边摊少了，环境好多了"},
                {"2", "2", "1", "2、3、4", "4", "2", "4", "跳过"},
                {"2", "2", "2", "1、2、3、4", "2", "5", "跳过"}};
        for (int i = 0; i < answerSets.length; i++) {
            String resident = "o-screenshot-survey-" + i;
            portal.ask(resident, "问卷 awareness-2026");
            for (String answer : answerSets[i]) {
                portal.ask(resident, answer);
            }
        }
    }
}
