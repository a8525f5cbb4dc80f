package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class TicketsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;

    @Test
    void anOperatorMovesATicketThroughItsLifeAndEveryStepIsInTheLog() {
        StaffHttp admin = admin();
        String handler = "zhaoliu-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin.postJson("/api/admin/users", "{\"username\":\"" + handler + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"区生态环境分局\"}").statusCode()).isEqualTo(201);
        String n = file("广场舞音响太吵，联系电话13812345678", "noise", "滨河公园" + UUID.randomUUID()).number();
        assertThat(admin.postJson("/api/admin/tickets/" + n + "/transitions", "{\"to\":\"accepted\",\"note\":\"已受理\"}").statusCode()).isEqualTo(200);
        assertThat(admin.postJson("/api/admin/tickets/" + n + "/assign",
                "{\"department\":\"区生态环境分局\",\"grid\":\"滨河网格\",\"handler\":\"" + handler + "\"}").statusCode()).isEqualTo(200);
        assertThat(admin.postJson("/api/admin/tickets/" + n + "/transitions", "{\"to\":\"in_progress\"}").statusCode()).isEqualTo(200);
        assertThat(admin.postJson("/api/admin/tickets/" + n + "/notes", "{\"note\":\"已联系舞队负责人\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> resolved = admin.postJson("/api/admin/tickets/" + n + "/transitions",
                "{\"to\":\"resolved\",\"note\":\"已调低音量并约定时间\"}");
        assertThat(resolved.statusCode()).isEqualTo(200);

        JsonNode t = json(admin.get("/api/admin/tickets/" + n));
        assertThat(t.get("id").asString()).isEqualTo(n);
        assertThat(t.get("status").asString()).isEqualTo("resolved");
        assertThat(t.get("category").asString()).isEqualTo("noise");
        assertThat(t.get("department").asString()).isEqualTo("区生态环境分局");
        assertThat(t.get("grid").asString()).isEqualTo("滨河网格");
        assertThat(t.get("description").asString()).contains("138****5678").doesNotContain("13812345678");
        assertThat(t.get("resident").asString()).contains("…");
        assertThat(t.has("location")).isTrue();
        assertThat(t.has("deadline")).isTrue();
        JsonNode log = t.get("log");
        assertThat(log.size()).isEqualTo(6);
        assertThat(log.get(1).get("who").asString()).isEqualTo("staff:admin");
        assertThat(log.get(1).get("from").asString()).isEqualTo("submitted");
        assertThat(log.get(1).get("to").asString()).isEqualTo("accepted");
        assertThat(log.get(4).get("action").asString()).isEqualTo("note");
        assertThat(log.get(5).get("note").asString()).isEqualTo("已调低音量并约定时间");
        assertThat(log.get(0).get("who").asString()).startsWith("resident:").contains("…");
    }

    @Test
    void anIllegalTransitionIs409WithAChineseAndEnglishMessage() {
        String n = file("路边摆摊", "street-vending", "站前路" + UUID.randomUUID()).number();
        HttpResponse<String> r = admin().postJson("/api/admin/tickets/" + n + "/transitions", "{\"to\":\"closed\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        JsonNode body = json(r);
        assertThat(body.get("error").asString()).isEqualTo("illegal_transition");
        assertThat(body.get("message").asString()).contains("不能从", "已提交", "submitted", "closed");
    }

    @Test
    void anUnknownTicketIs404Json() {
        HttpResponse<String> r = admin().get("/api/admin/tickets/WM20200101-0001");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("error").asString()).isEqualTo("not_found");
        assertThat(admin().postJson("/api/admin/tickets/WM20200101-0001/transitions", "{\"to\":\"accepted\"}")
                .statusCode()).isEqualTo(404);
        assertThat(admin().get("/api/admin/tickets/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void aBadStatusOrPageIs400() {
        assertThat(admin().get("/api/admin/tickets?status=fixed").statusCode()).isEqualTo(400);
        assertThat(admin().get("/api/admin/tickets?size=100000").statusCode()).isEqualTo(400);
    }

    @Test
    void theListFiltersByStatusCategoryGridAndTextAndPages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            file("青年路" + tag + "号小广告第" + i + "处", "illegal-ads", "青年路" + tag + "-" + i + "号");
        }
        String base = "/api/admin/tickets?category=illegal-ads&grid=青年路网格&status=submitted&text=" + tag;
        JsonNode page0 = json(admin().get(base + "&size=2&page=0"));
        assertThat(page0.get("total").asLong()).isEqualTo(5);
        assertThat(page0.get("items").size()).isEqualTo(2);
        JsonNode page2 = json(admin().get(base + "&size=2&page=2"));
        assertThat(page2.get("items").size()).isEqualTo(1);
        JsonNode oldest = json(admin().get(base + "&size=1&sort=createdAt"));
        assertThat(oldest.get("items").get(0).get("description").asString()).contains("第0处");
        assertThat(json(admin().get("/api/admin/tickets?status=closed&text=" + tag)).get("total").asLong()).isZero();
    }

    @Test
    void theCsvExportMasksPhoneNumbers() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        file("烧烤油烟直排 电话13987654321 " + tag, "cooking-fumes", "文化路" + tag);
        HttpResponse<String> r = admin().get("/api/admin/tickets.csv?text=" + tag);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.body()).contains("139****4321").doesNotContain("13987654321").contains("餐饮油烟");
        assertThat(r.body().lines().count()).isEqualTo(2);
        assertThat(r.body().lines().findFirst().orElseThrow()).isEqualTo(
                "\uFEFF工单号,状态,类别,办理部门,网格,地点,问题描述,提交时间,办理期限,是否超期,评价,关注人数");
    }

    @Test
    void theTicketApiNeedsSignInButOpen311IsPublicAndCarriesNoResidentIds() {
        Ticket t = file("僵尸车占车位", "illegal-parking", "长安路" + UUID.randomUUID());
        StaffHttp anonymous = new StaffHttp(port);
        assertThat(anonymous.get("/api/admin/tickets/" + t.number()).statusCode()).isEqualTo(401);
        HttpResponse<String> services = anonymous.get("/open311/v2/services.json");
        assertThat(services.statusCode()).isEqualTo(200);
        assertThat(json(services).size()).isEqualTo(14);
        assertThat(services.body()).contains("\"service_code\":\"illegal-parking\"", "乱停乱放");
        HttpResponse<String> requests = anonymous.get("/open311/v2/requests.json?service_code=illegal-parking");
        assertThat(requests.statusCode()).isEqualTo(200);
        assertThat(requests.body()).contains(t.number(), "\"status\":\"open\"", "requested_datetime", "updated_datetime")
                .doesNotContain(t.openid());
    }

    private Ticket file(String text, String category, String location) {
        String resident = "o-api-" + UUID.randomUUID();
        tickets.addToDraft(resident, DraftPart.words(text, category, location));
        return tickets.fileDraft(resident, "api-test:" + UUID.randomUUID(), false).ticket();
    }

    private StaffHttp admin() {
        return new StaffHttp(port).basic("admin", "test-admin-password");
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }
}
