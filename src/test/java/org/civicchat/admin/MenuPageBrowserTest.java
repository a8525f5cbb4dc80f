package org.civicchat.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 公众号菜单 page: edit, see the phone's menu bar and sub-menu, publish, and a refused menu left unpublished. */
class MenuPageBrowserTest extends BrowserTestBase {

    static final String START = """
            {"button":[{"name":"办事","sub_button":[{"type":"click","name":"我的工单","key":"tickets"}]}]}""";

    List<String> phoneBar() {
        return browser.find(By.id("menu-preview")).findElements(By.cssSelector(".phone-menu-item")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void anOperatorAddsAButtonSeesItAsThePhoneShowsItAndPublishesIt() {
        assertThat(admin().putJson("/api/admin/wechat/menu", START).statusCode()).isEqualTo(200);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("menu");
        browser.await(d -> phoneBar().equals(List.of("≡ 办事")));

        browser.find(By.id("menu-add-sub-0")).click();
        WebElement subName = browser.find(By.id("menu-name-0-1"));
        subName.sendKeys("志愿服务活动报名入口");
        new Select(browser.find(By.id("menu-kind-0-1"))).selectByVisibleText("点击");
        browser.find(By.id("menu-key-0-1")).sendKeys("volunteer");
        browser.await(d -> browser.find(By.id("menu-preview")).findElements(By.cssSelector(".phone-submenu li")).size() == 2);
        assertThat(browser.find(By.id("menu-preview")).findElements(By.cssSelector(".phone-submenu li")))
                .extracting(WebElement::getText).containsExactly("我的工单", "志愿服务活动报名…");

        browser.find(By.id("menu-add")).click();
        browser.find(By.id("menu-name-1")).sendKeys("区政府网");
        new Select(browser.find(By.id("menu-kind-1"))).selectByVisibleText("链接");
        browser.find(By.id("menu-url-1")).sendKeys("https://www.example.gov.cn/");
        browser.await(d -> phoneBar().equals(List.of("≡ 办事", "区政府网")));

        browser.find(By.id("menu-publish")).click();
        browser.await(d -> !browser.find(By.id("menu-error")).getText().isEmpty());
        assertThat(browser.find(By.id("menu-error")).getText())
                .isEqualTo("子菜单“志愿服务活动报名入口”太长：手机上最多显示 8 个汉字或 16 个字母数字。");
        assertThat(admin().get("/api/admin/wechat/menu").body()).doesNotContain("区政府网");

        WebElement name = browser.find(By.id("menu-name-0-1"));
        name.clear();
        name.sendKeys("志愿活动");
        browser.find(By.id("menu-publish")).click();
        awaitToast("菜单已发布到公众号");
        String live = admin().get("/api/admin/wechat/menu").body();
        assertThat(live).contains("\"name\":\"志愿活动\",\"key\":\"volunteer\"")
                .contains("\"type\":\"view\",\"name\":\"区政府网\",\"url\":\"https://www.example.gov.cn/\"");
        assertThat(browser.find(By.id("menu-error")).getText()).isEmpty();
    }
}
