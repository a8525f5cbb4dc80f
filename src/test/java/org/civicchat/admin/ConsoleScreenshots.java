package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
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
        for (int[] size : List.of(new int[]{1280, 800}, new int[]{375, 740})) {
            try (Browser b = Browser.open(port, size[0], size[1])) {
                b.signIn("admin", "test-admin-password");
                b.viewport(size[0], size[1]).still();
                String suffix = "-" + size[0] + ".png";
                b.page("dashboard");
                b.await(d -> d.findElements(By.cssSelector("#chart-intents canvas")).size() == 1);
                b.screenshot(out.resolve("console-dashboard" + suffix));
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
    }
}
