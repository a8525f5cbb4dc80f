package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Small things an operator hit as a new user: each answered in Chinese or found as expected. */
@AppTest
class OperatorPapercutsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;

    @Test
    void assigningToAMisspeltHandlerIsRefusedAndChangesNothing() {
        String n = file("noise");
        HttpResponse<String> r = admin().postJson("/api/admin/tickets/" + n + "/assign",
                "{\"department\":\"区生态环境分局\",\"handler\":\"zhangsna\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("message").asString())
                .isEqualTo("没有名为“zhangsna”的处置人员账号，请检查拼写，或先在“账号与日志”中创建。");
        JsonNode t = json(admin().get("/api/admin/tickets/" + n));
        assertThat(t.get("status").asString()).isEqualTo("submitted");
        assertThat(t.get("handler").asString()).isEmpty();
    }

    @Test
    void assigningToAnExistingHandlerWorks() {
        String name = "h" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"区生态环境分局\"}").statusCode()).isEqualTo(201);
        String n = file("noise");
        HttpResponse<String> r = admin().postJson("/api/admin/tickets/" + n + "/assign",
                "{\"department\":\"区生态环境分局\",\"handler\":\"" + name + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("handler").asString()).isEqualTo(name);
    }

    @Test
    void theAfterPhotoRuleAnswersInChinese() {
        String n = file("environment-sanitation");
        admin().postJson("/api/admin/tickets/" + n + "/transitions", "{\"to\":\"accepted\",\"note\":\"收到\"}");
        admin().postJson("/api/admin/tickets/" + n + "/assign", "{\"grid\":\"东风网格\"}");
        admin().postJson("/api/admin/tickets/" + n + "/transitions", "{\"to\":\"in_progress\",\"note\":\"处理中\"}");
        HttpResponse<String> r = admin().postJson("/api/admin/tickets/" + n + "/transitions",
                "{\"to\":\"resolved\",\"note\":\"已清运\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("message").asString())
                .isEqualTo("“环境卫生”类工单办结时须上传处理后照片：请拍照或选择照片后再办结。");
        assertThat(admin().get("/api/admin/audit?limit=20").body())
                .contains("\"action\":\"变更工单状态 " + n + "\"", "\"outcome\":\"未成功（内容有误，400）\"");
    }

    @Test
    void searchingATicketNumberFindsThatTicketHoweverItIsTyped() {
        String n = file("noise");
        for (String typed : new String[]{n, n.toLowerCase(), n.replace("-", " ")}) {
            JsonNode page = json(admin().get("/api/admin/tickets?text=" + java.net.URLEncoder.encode(typed,
                    java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(page.get("total").asLong()).as(typed).isEqualTo(1);
            assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(n);
        }
    }

    @Test
    void aShortPasswordIsRefusedInChineseAndNoAccountIsMade() {
        String name = "p" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = admin().postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"short\","
                + "\"roles\":[\"handler\"],\"department\":\"区生态环境分局\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("detail").asString()).isEqualTo("密码至少需要10个字符（最多128个）。");
        assertThat(admin().get("/api/admin/users").body()).doesNotContain("\"" + name + "\"");
    }

    private String file(String category) {
        String resident = "o-papercut-" + UUID.randomUUID();
        tickets.addToDraft(resident, DraftPart.words("楼下声音太大 " + UUID.randomUUID(), category, "东风路" + UUID.randomUUID()));
        return tickets.fileDraft(resident, "papercut:" + UUID.randomUUID(), false).ticket().number();
    }

    private StaffHttp admin() {
        return new StaffHttp(port).basic("admin", "test-admin-password");
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }
}
