package org.civicchat.admin;

import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The FAQ page in headless Chromium: an edited answer is what residents get; the unanswered queue. */
class FaqPageBrowserTest extends BrowserTestBase {

    static final String ENTRY = "garbage-disposal-time";

    @Test
    void editedAnswerIsWhatTheTryBoxAndTheSimulatorAnswer() {
        StaffHttp admin = admin();
        JsonMapper json = JsonMapper.builder().build();
        JsonNode original = json.readTree(admin.get("/api/admin/faq/" + ENTRY).body());
        String marker = "（投放时段以小区公告为准，编号" + unique() + "）";
        try {
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.page("faq");
            browser.find(By.id("faq-search")).sendKeys("垃圾要在什么时间投放");
            browser.find(By.cssSelector("#faq-list tr[data-id='" + ENTRY + "']")).click();
            WebElement answer = browser.find(By.id("faq-answer"));
            assertThat(answer.getDomProperty("value")).isEqualTo(original.path("answer").asText());
            answer.sendKeys(marker);
            browser.find(By.id("faq-save")).click();
            awaitToast("已保存");

            browser.find(By.id("faq-try")).sendKeys("几点可以扔垃圾");
            browser.await(d -> d.findElement(By.id("faq-try-reply")).getText().contains(marker));
            assertThat(browser.find(By.id("faq-try-kind")).getText()).isEqualTo("直接答复");
            assertThat(browser.find(By.id("faq-try-confidence")).getText()).matches("把握 \\d+%");

            simulatorAs("o-browser-faq-" + unique());
            assertThat(say("垃圾几点可以扔")).contains(marker);
        } finally {
            ObjectNode restore = (ObjectNode) original;
            admin.putJson("/api/admin/faq/" + ENTRY, json.writeValueAsString(restore));
        }
    }

    @Test
    void anUnansweredQuestionIsOneClickFromANewEntry() {
        String question = "周末带孩子去哪里钓鱼比较好" + unique().substring(0, 2);
        new PortalClient(port).ask("o-browser-faq-asker", question);

        browser.signIn("admin", ADMIN_PASSWORD);
        browser.page("faq");
        WebElement row = browser.await(d -> d.findElements(By.cssSelector("#faq-queue tr")).stream()
                .filter(r -> r.getText().contains(question)).findFirst().orElse(null));
        row.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("据此新建")).findFirst()
                .orElseThrow().click();
        assertThat(browser.find(By.id("faq-question")).getDomProperty("value")).isEqualTo(question);
        assertThat(browser.find(By.id("faq-id")).isEnabled()).isTrue();
        browser.await(d -> "refuse".equals(d.findElement(By.id("faq-try-result")).getDomAttribute("data-kind")));
    }
}
