package org.civicchat.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's front page is the console's chat simulator, usable without signing in. */
class FrontPageSimulatorBrowserTest extends BrowserTestBase {

    @Test
    void theFrontPageRunsTheConsolesSimulatorWithoutSigningIn() {
        browser.go("/");
        browser.find(By.id("sim-outbox"));
        browser.find(By.id("sim-openid")).clear();
        browser.find(By.id("sim-openid")).sendKeys("o-front-" + unique());
        String reply = say("垃圾分类有哪几类？");
        assertThat(reply).contains("可回收物");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("login");
    }
}
