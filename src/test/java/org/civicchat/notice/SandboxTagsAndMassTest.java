package org.civicchat.notice;

import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** In the sandbox (no app secret) tags and mass sends answer as WeChat does, and a mass send shows in the outbox. */
@AppTest
class SandboxTagsAndMassTest {

    @LocalServerPort
    int port;
    AdminClient admin;

    @BeforeEach
    void connect() {
        admin = new AdminClient(port);
    }

    @Test
    void aTagIsCreatedFilledAndAMassSendToItShowsInTheOutbox() {
        String tag = "楼长" + UUID.randomUUID().toString().substring(0, 4);
        String path = URLEncoder.encode(tag, StandardCharsets.UTF_8);
        assertThat(admin.post("/api/admin/notices/tags", "{\"name\":\"" + tag + "\"}").status()).isEqualTo(201);
        assertThat(admin.put("/api/admin/notices/groups/tag/" + path, "{\"openids\":[\"o-sb-1\",\"o-sb-2\"]}").status())
                .isEqualTo(200);
        JsonNode listed = admin.get("/api/admin/notices/tags").json().valueStream()
                .filter(t -> t.path("name").asString().equals(tag)).findFirst().orElseThrow();
        assertThat(listed.path("wechatMembers").asLong()).isEqualTo(2);
        assertThat(listed.path("localMembers").asLong()).isEqualTo(2);

        AdminClient.Response sent = admin.post("/api/admin/notices", """
                {"title":"楼道清理","body":"周六上午请各位楼长组织清理楼道杂物。","audience":{"type":"tag","value":"%s"},"channel":"mass"}"""
                .formatted(tag));
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        String id = sent.json().path("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> "done".equals(
                admin.get("/api/admin/notices/" + id).json().path("status").asString()));
        JsonNode outbox = admin.get("/simulator/outbox?limit=50").json();
        assertThat(outbox.valueStream().filter(m -> m.path("channel").asString().equals("mass")
                && m.path("openid").asString().equals("标签“" + tag + "”（2 人）")).findFirst())
                .hasValueSatisfying(m -> assertThat(m.path("text").asString())
                        .isEqualTo("【楼道清理】\n周六上午请各位楼长组织清理楼道杂物。"));
    }

    @Test
    void aTagNameOverWechatsThirtyBytesIsRefusedInChineseAndNotCreated() {
        AdminClient.Response r = admin.post("/api/admin/notices/tags", "{\"name\":\"" + "长".repeat(11) + "\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asString()).isEqualTo("标签名太长：最多 30 个字节（约 10 个汉字）。");
        assertThat(admin.get("/api/admin/notices/tags").body()).doesNotContain("长长长长长长长长长长长");
    }
}
