package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class ModerationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;
    private String before;

    @BeforeEach
    void remember() {
        before = admin().get("/api/admin/moderation/words").body();
    }

    @AfterEach
    void restore() {
        admin().putJson("/api/admin/moderation/words", before);
    }

    @Test
    void shipsADefaultListWithCommonInsults() {
        JsonNode words = json(admin().get("/api/admin/moderation/words")).get("words");
        assertThat(words.toString()).contains("傻逼", "王八蛋", "代开发票");
    }

    @Test
    void anOperatorReplacesTheListAndReadsItBack() {
        HttpResponse<String> put = admin().putJson("/api/admin/moderation/words", "{\"words\":[\"臭虫\",\" 坏蛋 \",\"\",\"臭虫\"]}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(admin().get("/api/admin/moderation/words")).get("words").toString())
                .isEqualTo("[\"臭虫\",\"坏蛋\"]");
    }

    @Test
    void aTooLongWordIsRefusedInChineseAndTheListStays() {
        String longWord = "很".repeat(40);
        HttpResponse<String> put = admin().putJson("/api/admin/moderation/words", "{\"words\":[\"" + longWord + "\"]}");
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(json(put).get("detail").asString()).contains("最多 30 个字");
        assertThat(admin().get("/api/admin/moderation/words").body()).isEqualTo(before);
    }

    @Test
    void aFaqAnswerWithAListedWordIsRefusedWithTheWordNamedAndNotSaved() {
        HttpResponse<String> r = admin().postJson("/api/admin/faq", "{\"id\":\"mod-test-" + UUID.randomUUID()
                + "\",\"question\":\"测试问题\",\"answer\":\"你们这些傻 逼别问了\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = json(r);
        assertThat(body.get("detail").asString()).isEqualTo("内容含有敏感词：傻逼，请修改后再保存或发送。");
        assertThat(body.get("words").toString()).isEqualTo("[\"傻逼\"]");
        assertThat(admin().get("/api/admin/faq?q=%E4%BD%A0%E4%BB%AC%E8%BF%99%E4%BA%9B").body()).isEqualTo("[]");
    }

    @Test
    void aNoticeWithAListedWordIsNotSent() {
        HttpResponse<String> r = admin().postJson("/api/admin/notices",
                "{\"title\":\"周末活动\",\"body\":\"欢迎参加，王八蛋别来\",\"audience\":{\"type\":\"all\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("words").toString()).isEqualTo("[\"王八蛋\"]");
    }

    @Test
    void aSurveyWhoseOptionHasAListedWordIsNotCreated() {
        String id = "mod-survey-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = admin().postJson("/api/admin/surveys", "{\"id\":\"" + id + "\",\"title\":\"满意度\","
                + "\"questions\":[{\"id\":\"q1\",\"kind\":\"single\",\"text\":\"您满意吗？\",\"options\":[\"满意\",\"脑残才满意\"]}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("words").toString()).isEqualTo("[\"脑残\"]");
        assertThat(admin().get("/api/admin/surveys/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aResidentsAbusiveComplaintIsStillFiledAndFlaggedForStaff() {
        String resident = "o-mod-" + UUID.randomUUID();
        tickets.addToDraft(resident, DraftPart.words("路灯坏了一周了，他媽的没人管", "public-facilities", "青年路" + UUID.randomUUID()));
        String n = tickets.fileDraft(resident, "mod-test:" + UUID.randomUUID(), false).ticket().number();

        JsonNode t = json(admin().get("/api/admin/tickets/" + n));
        assertThat(t.get("description").asString()).contains("他媽的");
        assertThat(t.get("flagged").toString()).isEqualTo("[\"他妈的\"]");
    }

    @Test
    void anOrdinaryTicketIsNotFlagged() {
        String resident = "o-mod-" + UUID.randomUUID();
        tickets.addToDraft(resident, DraftPart.words("路灯坏了一周了", "public-facilities", "青年路" + UUID.randomUUID()));
        String n = tickets.fileDraft(resident, "mod-test:" + UUID.randomUUID(), false).ticket().number();
        assertThat(json(admin().get("/api/admin/tickets/" + n)).get("flagged").toString()).isEqualTo("[]");
    }

    private StaffHttp admin() {
        return new StaffHttp(port).basic("admin", "test-admin-password");
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }
}
