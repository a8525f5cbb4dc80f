package org.civicchat.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The 通知 page's 微信标签 card: create a tag with residents, then mass-send to it and see WeChat's answer. */
class NoticeTagsBrowserTest extends BrowserTestBase {

    @Test
    void anOperatorCreatesATagWithResidentsAndMassSendsToIt() {
        String tag = "楼长" + unique().substring(0, 4);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("notices");
        browser.find(By.id("tag-name")).sendKeys(tag);
        browser.find(By.id("tag-openids")).sendKeys("o-tag-page-1, o-tag-page-2");
        browser.find(By.id("tag-save")).click();
        awaitToast("已为 2 位居民打上“" + tag + "”");
        String row = browser.await(d -> d.findElements(By.cssSelector("#tag-list li")).stream()
                .filter(li -> li.getText().startsWith(tag)).map(li -> li.getText()).findFirst().orElse(null));
        assertThat(row).contains("微信中 2 人 · 本系统 2 人");

        browser.find(By.id("notice-title")).sendKeys("楼道清理");
        browser.find(By.id("notice-body")).sendKeys("周六上午请各位楼长组织清理楼道杂物。");
        new Select(browser.find(By.id("notice-audience"))).selectByValue("tag");
        browser.find(By.id("notice-audience-value")).sendKeys(tag);
        new Select(browser.find(By.id("notice-channel"))).selectByValue("mass");
        browser.find(By.id("notice-send")).click();
        String sent = browser.await(d -> d.findElements(By.cssSelector("#notice-list li")).stream()
                .filter(li -> li.getText().contains("楼道清理") && li.getText().contains("微信已受理群发"))
                .map(li -> li.getText()).findFirst().orElse(null));
        assertThat(sent).contains("某个微信标签：" + tag).contains("群发");
    }
}
