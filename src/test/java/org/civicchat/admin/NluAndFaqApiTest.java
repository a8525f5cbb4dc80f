package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.AppTest;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class NluAndFaqApiTest {

    @LocalServerPort
    int port;

    private StaffHttp admin() {
        return new StaffHttp(port).basic("admin", "test-admin-password");
    }

    @Test
    void analyzeAnswersACampaignQuestionWithItsFaqIdAndScore() {
        var r = admin().postJson("/api/admin/nlu/analyze", "{\"text\":\"垃圾分类分为哪几类？\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"intent\":\"faq\"").contains("\"faq\":{").contains("\"id\":\"")
                .contains("\"score\":").contains("\"candidates\":[").contains("\"category\":null");
    }

    @Test
    void analyzeGivesAComplaintItsCategoryAndLocationAndNoFaq() {
        var r = admin().postJson("/api/admin/nlu/analyze", "{\"text\":\"青年路88号门口的路灯坏了好几天\"}");
        assertThat(r.body()).contains("\"intent\":\"complaint\"").contains("\"faq\":null")
                .contains("\"category\":\"public-facilities\"").contains("\"location\":\"青年路88号\"");
    }

    @Test
    void analyzeRefusesOffTopicWithNullFaq() {
        var r = admin().postJson("/api/admin/nlu/analyze", "{\"text\":\"明天股市会涨吗\"}");
        assertThat(r.body()).contains("\"faq\":null");
    }

    @Test
    void analyzeNeedsTheAdminPassword() {
        var r = new StaffHttp(port).basic("admin", "wrong").postJson("/api/admin/nlu/analyze", "{\"text\":\"你好\"}");
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void analyzeWithoutTextIsABadRequest() {
        assertThat(admin().postJson("/api/admin/nlu/analyze", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void editedAnswerIsWhatTheChatAnswersNext() {
        String entry = "{\"id\":\"test-bicycle-museum\",\"group\":\"culture\",\"question\":\"自行车博物馆几点开门\","
                + "\"alternates\":[\"自行车博物馆开放时间\"],\"answer\":\"%s\"}";
        var created = admin().postJson("/api/admin/faq", entry.formatted("每天九点开门。"));
        assertThat(created.statusCode()).isIn(201, 409);
        admin().putJson("/api/admin/faq/test-bicycle-museum", entry.formatted("每天九点开门。"));
        PortalClient portal = new PortalClient(port);
        assertThat(portal.ask("o-faq-edit-1", "自行车博物馆几点开门")).contains("每天九点开门");

        String marker = "周一闭馆" + UniqueIds.houseNumber() + "。";
        var edited = admin().putJson("/api/admin/faq/test-bicycle-museum", entry.formatted(marker));
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(portal.ask("o-faq-edit-2", "自行车博物馆几点开门")).contains(marker);
    }

    @Test
    void editingAnUnknownEntryIsNotFound() {
        assertThat(admin().putJson("/api/admin/faq/no-such-entry", "{\"question\":\"q\",\"answer\":\"a\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void tooLongAnswerIsRefusedAndChangesNothing() {
        var r = admin().postJson("/api/admin/faq", "{\"id\":\"too-long-answer\",\"question\":\"问\",\"answer\":\""
                + "很长".repeat(200) + "\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(admin().get("/api/admin/faq/too-long-answer").statusCode()).isEqualTo(404);
    }

    @Test
    void refusedQuestionsQueueUpForTheOffice() {
        new PortalClient(port).ask("o-faq-queue", "请问火星上的天气怎么样");
        assertThat(admin().get("/api/admin/faq/unanswered").body()).contains("火星");
    }

    @Test
    void aFewWordsThatAskNothingGetAPromptAndAreNotQueuedForTheOffice() {
        PortalClient portal = new PortalClient(port);

        String reply = portal.ask("o-faq-nothing", "还行吧");
        portal.ask("o-faq-nothing", "算了");

        assertThat(reply).isEqualTo("抱歉，我没太明白您的意思。您可以直接提问，比如“垃圾怎么分类”；也可以发文字、照片反映身边的问题。");
        String queue = admin().get("/api/admin/faq/unanswered").body();
        assertThat(queue).doesNotContain("还行吧").doesNotContain("算了");
    }
}
