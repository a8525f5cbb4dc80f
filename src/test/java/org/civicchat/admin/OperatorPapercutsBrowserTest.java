package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small things an operator hit, tried in headless Chromium as a new user would: the ticket list's last column
 * (办理期限) on an office screen, a survey id typed in Chinese.
 */
class OperatorPapercutsBrowserTest extends BrowserTestBase {

    @Autowired
    ResidentTickets tickets;

    @Test
    void theDeadlineColumnIsFullyVisibleAt1280By800() {
        String resident = "o-layout-" + UniqueIds.name();
        tickets.addToDraft(resident, DraftPart.words("锦绣家园小区北门外的人行道上常年堆放建筑垃圾和废旧家具，下雨后污水横流，"
                + "老人和孩子只能绕到机动车道上走，希望有关部门尽快清运并加强巡查 " + UniqueIds.name(),
                "environment-sanitation", "锦绣家园小区北门外人行道（靠近公交站台和社区卫生服务站的那一段）"));
        String number = tickets.fileDraft(resident, "layout:" + UniqueIds.name(), true).ticket().number();

        browser.viewport(1280, 800);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("tickets");
        browser.find(By.cssSelector("#ticket-table tr[data-id='" + number + "']"));

        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.script("""
                const th = Array.from(document.querySelectorAll('#ticket-table thead th')).find((t) => t.textContent === '办理期限');
                const wrap = th.closest('.table-wrap');
                const r = th.getBoundingClientRect();
                const w = wrap.getBoundingClientRect();
                return { right: r.right, wrapRight: w.right, viewport: window.innerWidth,
                  scrolls: wrap.scrollWidth > wrap.clientWidth + 1, clipped: th.scrollWidth > th.clientWidth + 1 };
                """);
        assertThat(((Number) box.get("right")).doubleValue()).as("办理期限 ends inside the list: %s", box)
                .isLessThanOrEqualTo(((Number) box.get("wrapRight")).doubleValue());
        assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(((Number) box.get("viewport")).doubleValue());
        assertThat(box.get("scrolls")).as("the list scrolls sideways: %s", box).isEqualTo(false);
        assertThat(box.get("clipped")).isEqualTo(false);
    }

    @Test
    void aSurveyIdInChineseIsExplainedInChinese() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("surveys/new");
        browser.find(By.id("survey-id")).sendKeys("垃圾分类调查");
        browser.find(By.id("survey-title")).sendKeys("垃圾分类知晓率调查");
        browser.find(By.id("qtext-0")).sendKeys("废电池属于哪类垃圾？");
        org.openqa.selenium.WebElement options = browser.find(By.id("options-0"));
        options.clear();
        options.sendKeys("可回收物\n有害垃圾");
        browser.find(By.id("survey-save")).click();
        awaitToast("内容有误");
        assertThat(browser.find(By.id("toast")).getDomProperty("textContent")).isEqualTo("内容有误：问卷编号“垃圾分类调查”不可用："
                + "只能用英文字母、数字、短横线“-”或下划线“_”，以字母或数字开头，最多64个字符，例如 awareness-2026。");
    }

    @Test
    void sendTimesAreTypedAsYearMonthDayWhateverTheBrowsersLanguage() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("notices");
        org.openqa.selenium.WebElement at = browser.find(By.id("notice-at"));
        assertThat(at.getAttribute("type")).isEqualTo("text");
        assertThat(at.getAttribute("placeholder")).isEqualTo("如 2026-12-05 09:30");
        browser.find(By.id("notice-title")).sendKeys("志愿服务活动招募");
        browser.find(By.id("notice-body")).sendKeys("本周六上午九点在人民公园北门集合。");
        at.sendKeys("12/05/2026 09:30");
        browser.find(By.id("notice-send")).click();
        awaitToast("时间格式");
        assertThat(browser.find(By.id("toast")).getDomProperty("textContent")).isEqualTo("时间格式：年-月-日 时:分，如 2026-12-05 09:30。");
        Object read = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; import('/console/js/ui.js').then((m) => done("
                        + "['2026/12/5 9:30', '2026-12-05T09:30', '2026年12月5日 9：30'].map(m.localDateTime).join('|')));");
        assertThat(read).isEqualTo("2026-12-05T09:30|2026-12-05T09:30|2026-12-05T09:30");
    }
}
