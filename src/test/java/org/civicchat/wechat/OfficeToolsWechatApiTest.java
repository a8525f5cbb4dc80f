package org.civicchat.wechat;

import org.civicchat.support.AdminClient;
import org.civicchat.support.WechatApiStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The office's WeChat tools with an app secret: the console API through WxJava's real HTTP client to the WeChat
 * API stub, and WeChat's refusals told to the operator in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "civicchat.redis.embedded-port=0",
        "civicchat.redis.data-dir=target/test-data/office-tools-${random.uuid}",
        "civicchat.admin.password=test-admin-password",
        "civicchat.wechat.secret=stub-secret",
        "civicchat.wechat.allow-sample-secrets=true",
        "logging.level.org.civicchat=ERROR"
})
class OfficeToolsWechatApiTest {

    static final WechatApiStub STUB = new WechatApiStub();

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("civicchat.wechat.api-base", STUB::baseUrl);
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @LocalServerPort
    int port;
    AdminClient admin;

    @BeforeEach
    void connect() {
        STUB.clear();
        admin = new AdminClient(port);
    }

    static String openids(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"" + prefix + i + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void theMenuIsPublishedToWechatAndReadBackAndWechatsRefusalIsToldInChinese() {
        assertThat(admin.get("/api/admin/wechat/menu").body()).isEqualTo("{\"button\":[]}");
        String menu = """
                {"button":[{"name":"办事","sub_button":[{"type":"click","name":"我的工单","key":"tickets"},
                  {"type":"view","name":"区政府网","url":"https://www.example.gov.cn/"}]},
                  {"type":"click","name":"志愿活动","key":"volunteer"}]}""";
        assertThat(admin.put("/api/admin/wechat/menu", menu).status()).isEqualTo(200);
        assertThat(STUB.office().menu()).contains("\"key\":\"tickets\"").contains("\"url\":\"https://www.example.gov.cn/\"");
        JsonNode live = admin.get("/api/admin/wechat/menu").json();
        assertThat(live.path("button").get(0).path("sub_button").get(1).path("name").asString()).isEqualTo("区政府网");
        assertThat(live.path("button").get(1).path("key").asString()).isEqualTo("volunteer");

        STUB.failNext(40016);
        AdminClient.Response refused = admin.put("/api/admin/wechat/menu",
                "{\"button\":[{\"type\":\"click\",\"name\":\"工单\",\"key\":\"tickets\"}]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString()).isEqualTo("微信认为一级菜单个数不对：需要 1 到 3 个。");
        assertThat(refused.json().path("wechatCode").asInt()).isEqualTo(40016);
        assertThat(STUB.office().menuCreates()).isEqualTo(1);
        assertThat(admin.get("/api/admin/wechat/menu").json()).isEqualTo(live);

        AdminClient.Response bad = admin.put("/api/admin/wechat/menu",
                "{\"button\":[{\"type\":\"click\",\"name\":\"工单\",\"key\":\"faq:none-such\"}]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(STUB.office().menuCreates()).isEqualTo(1);
    }

    @Test
    void tagsAreCreatedAndFilledInWechatAndTheirRefusalsAreToldInChinese() {
        AdminClient.Response created = admin.post("/api/admin/notices/tags", "{\"name\":\"楼长\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(STUB.office().tagIds()).containsEntry("楼长", id);

        assertThat(admin.put("/api/admin/notices/groups/tag/%E6%A5%BC%E9%95%BF",
                "{\"openids\":" + openids("o-lz-", 60) + "}").status()).isEqualTo(200);
        assertThat(STUB.office().members("楼长")).hasSize(60);
        assertThat(STUB.office().taggingCalls()).isEqualTo(2);
        JsonNode tags = admin.get("/api/admin/notices/tags").json();
        assertThat(tags.get(0).path("wechatMembers").asLong()).isEqualTo(60);
        assertThat(tags.get(0).path("localMembers").asLong()).isEqualTo(60);

        STUB.failNext(45159);
        AdminClient.Response refused = admin.put("/api/admin/notices/groups/tag/%E6%A5%BC%E9%95%BF",
                "{\"openids\":[\"o-lz-new\"]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString()).isEqualTo("微信中没有这个标签，可能已在公众平台被删除；请重新创建。");
        assertThat(admin.get("/api/admin/notices/tags").json().get(0).path("localMembers").asLong()).isEqualTo(60);
    }

    @Test
    void massNoticesGoAsWechatMassSendsFourAMonthAndAFifthIsRefusedInChinese() {
        admin.post("/api/admin/notices/tags", "{\"name\":\"网格员\"}");
        admin.put("/api/admin/notices/groups/tag/%E7%BD%91%E6%A0%BC%E5%91%98", "{\"openids\":" + openids("o-wg-", 3) + "}");
        String notice = """
                {"title":"网格例会","body":"本周五下午三点在街道办三楼开会。","audience":{"type":"tag","value":"网格员"},"channel":"mass"}""";
        for (int i = 0; i < 4; i++) {
            AdminClient.Response r = admin.post("/api/admin/notices", notice);
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            String id = r.json().path("id").asString();
            await().atMost(Duration.ofSeconds(15)).until(() -> "done".equals(
                    admin.get("/api/admin/notices/" + id).json().path("status").asString()));
            assertThat(admin.get("/api/admin/notices/" + id).json().path("massMsgId").asString()).isNotBlank();
        }
        assertThat(STUB.office().masses()).hasSize(4)
                .allSatisfy(m -> assertThat(m.tagId()).isEqualTo(STUB.office().tagIds().get("网格员")));
        assertThat(STUB.office().masses().stream().map(m -> m.clientMsgId()).distinct()).hasSize(4);

        AdminClient.Response fifth = admin.post("/api/admin/notices", notice);
        assertThat(fifth.status()).isEqualTo(400);
        assertThat(fifth.json().path("detail").asString())
                .isEqualTo("本月（北京时间）的 4 次群发已用完，服务号每月最多群发 4 次；下月 1 日起可再次群发，或改用普通通知。");
        assertThat(STUB.office().masses()).hasSize(4);
    }
}
