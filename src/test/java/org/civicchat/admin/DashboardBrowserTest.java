package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in headless Chromium: the hotspot heat map and map draw (a canvas each, no script errors), follow
 * their filters, and the campaign figures show against their targets, or a note when no survey is marked.
 */
class DashboardBrowserTest extends BrowserTestBase {

    /** Collects uncaught script errors and rejected promises of every page this browser opens. */
    private static final String CATCH_ERRORS = "window.__errors = [];"
            + "addEventListener('error', (e) => window.__errors.push(String(e.message)));"
            + "addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason && e.reason.message || e.reason)));";

    @Autowired
    ResidentTickets tickets;

    @BeforeEach
    void catchScriptErrors() {
        ((org.openqa.selenium.chromium.HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.<String, Object>of("source", CATCH_ERRORS));
    }

    @SuppressWarnings("unchecked")
    private List<String> scriptErrors() {
        return (List<String>) browser.script("return window.__errors || ['the error catcher did not run'];");
    }

    private String file(String category, String place, double lat, double lng) {
        String resident = "o-dash-browser-" + UniqueIds.name();
        tickets.addToDraft(resident, DraftPart.words(place + "的情况 " + UniqueIds.name(), category, place));
        tickets.addToDraft(resident, DraftPart.place(place, lat, lng));
        return tickets.fileDraft(resident, "dash-browser:" + UniqueIds.name(), true).ticket().number();
    }

    @Test
    void hotspotHeatMapAndMapDrawAndFollowTheCategoryFilter() {
        String number = file("cooking-fumes", "滨河路66号", 34.7511, 113.6391);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("dashboard");

        assertThat(browser.find(By.cssSelector("#chart-hotspot-heat canvas")).isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector("#chart-hotspot-map canvas")).isDisplayed()).isTrue();
        assertThat(browser.script("return echarts.getInstanceByDom(document.getElementById('chart-hotspot-heat'))"
                + ".getOption().yAxis[0].data.join('|')"))
                .isEqualTo("青年路网格|滨河网格|火车站网格|锦绣家园网格|其他或未划分网格");

        new Select(browser.find(By.id("hotspot-category"))).selectByValue("cooking-fumes");
        String names = "return echarts.getInstanceByDom(document.getElementById('chart-hotspot-map')).getOption()"
                + ".series.flatMap((s) => s.data.map((d) => s.name + ':' + d.name)).join('|')";
        browser.await(d -> browser.script(names).toString().contains("餐饮油烟:" + number));
        assertThat(browser.script(names).toString()).doesNotContain("噪音扰民:");
        assertThat(scriptErrors()).isEmpty();
    }

    @Test
    void withoutACampaignSurveyTheDashboardSaysSoRatherThanZero() {
        String id = "dash-browser-" + unique();
        assertThat(admin().postJson("/api/admin/surveys", "{\"id\":\"" + id + "\",\"title\":\"浏览器测评问卷\","
                + "\"questions\":[{\"id\":\"q1\",\"kind\":\"single\",\"text\":\"文明城市创建的主体是谁？\","
                + "\"options\":[\"政府\",\"全体市民\"],\"correct\":1}]}").statusCode()).isEqualTo(201);
        assertThat(admin().putJson("/api/admin/surveys/" + id + "/campaign", "").statusCode()).isEqualTo(200);
        assertThat(admin().delete("/api/admin/surveys/" + id + "/campaign").statusCode()).isEqualTo(200);

        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("dashboard");
        assertThat(browser.find(By.id("campaign-note")).getText()).startsWith("尚未指定测评问卷");
        assertThat(browser.find(By.cssSelector("#kpi-campaign .value")).getText()).isEqualTo("未指定");
        assertThat(browser.driver().findElements(By.id("kpi-campaign-awareness"))).isEmpty();
        assertThat(scriptErrors()).isEmpty();
    }

    @Test
    void theMarkedSurveysFiguresShowBesideTheirTargets() {
        String id = "dash-browser-" + unique();
        assertThat(admin().postJson("/api/admin/surveys", "{\"id\":\"" + id + "\",\"title\":\"浏览器测评问卷\","
                + "\"questions\":[{\"id\":\"q1\",\"kind\":\"single\",\"text\":\"文明城市创建的主体是谁？\","
                + "\"options\":[\"政府\",\"全体市民\"],\"correct\":1}]}").statusCode()).isEqualTo(201);
        var chat = new org.civicchat.support.PortalClient(port);
        for (String a : new String[]{"2", "2", "1"}) {
            String resident = "o-dash-browser-survey-" + unique();
            chat.ask(resident, "问卷 " + id);
            chat.ask(resident, a);
        }
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("surveys/" + id);
        browser.find(By.id("survey-campaign")).click();
        browser.await(d -> !d.findElements(By.id("survey-campaign-badge")).isEmpty());

        browser.page("dashboard");
        assertThat(browser.find(By.cssSelector("#kpi-campaign-awareness .value")).getText()).isEqualTo("66.7%");
        assertThat(browser.find(By.cssSelector("#kpi-campaign-awareness .sub")).getText()).isEqualTo("目标 ≥ 90% · 未达标");
        assertThat(browser.find(By.cssSelector("#kpi-campaign-participation .value")).getText()).isEqualTo("不适用");
        assertThat(browser.find(By.id("measure-awareness")).getText()).contains("66.7%", "2 / 3", "≥ 90%", "未达标");
        assertThat(browser.find(By.cssSelector("#chart-campaign-awareness canvas")).isDisplayed()).isTrue();
        assertThat(scriptErrors()).isEmpty();
    }
}
