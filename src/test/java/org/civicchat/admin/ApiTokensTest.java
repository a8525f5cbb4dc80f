package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.AppTest;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Named API tokens authenticate /api/admin with their own role and department; Basic keeps working. */
@AppTest
class ApiTokensTest {

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;

    private StaffHttp admin() {
        return new StaffHttp(port).basic("admin", "test-admin-password");
    }

    private String create(String json) {
        var r = admin().postJson("/api/admin/tokens", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return field(r.body(), "token");
    }

    @Test
    void aTokenIsShownOnceStoredAsAHashAndCallsTheApiWithItsRole() {
        String token = create("{\"name\":\"热线对接-" + UniqueIds.name() + "\",\"role\":\"operator\","
                + "\"expiresInDays\":30}");
        assertThat(token).startsWith("cct_").hasSizeGreaterThan(40);
        assertThat(redis.keys("cc:admin:token:*")).noneMatch(k -> k.contains(token));
        assertThat(redis.exists("cc:admin:token:" + ApiTokenStore.sha256(token))).isTrue();

        StaffHttp script = new StaffHttp(port).bearer(token);
        var analyze = script.postJson("/api/admin/nlu/analyze", "{\"text\":\"垃圾分类怎么分\"}", false);
        assertThat(analyze.statusCode()).isEqualTo(200);
        assertThat(script.get("/api/admin/users").statusCode()).as("an operator token is no admin").isEqualTo(403);

        String list = admin().get("/api/admin/tokens").body();
        assertThat(list).contains("热线对接").contains("\"role\":\"operator\"").contains("\"expiresAt\":\"")
                .doesNotContain(token);
        assertThat(field(list, "lastUsed")).isNotEmpty();
    }

    @Test
    void aRevokedOrUnknownTokenIsRefusedInChinese() {
        var created = admin().postJson("/api/admin/tokens", "{\"name\":\"临时脚本\",\"role\":\"admin\"}");
        String token = field(created.body(), "token");
        String id = field(created.body(), "id");
        assertThat(new StaffHttp(port).bearer(token).get("/api/admin/me").statusCode()).isEqualTo(200);
        assertThat(admin().delete("/api/admin/tokens/" + id).statusCode()).isEqualTo(204);
        var refused = new StaffHttp(port).bearer(token).get("/api/admin/me");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("身份验证失败");
        assertThat(new StaffHttp(port).bearer("cct_made-up").get("/api/admin/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aHandlerTokenSeesItsDepartmentOnlyAndCannotMintTokens() {
        String reply = new PortalClient(port).ask("o-token-" + System.nanoTime(),
                "幸福路" + UniqueIds.houseNumber() + "号的路灯坏了，晚上一片漆黑");
        Matcher m = Pattern.compile("WM\\d{8}-\\d{4}").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        String number = m.group();
        String handlerToken = create("{\"name\":\"园林脚本\",\"role\":\"handler\",\"department\":\"区园林绿化中心\"}");
        StaffHttp script = new StaffHttp(port).bearer(handlerToken);
        assertThat(script.get("/api/admin/tickets/" + number).statusCode()).isEqualTo(404);
        String adminToken = create("{\"name\":\"管理脚本\",\"role\":\"admin\"}");
        var mint = new StaffHttp(port).bearer(adminToken).postJson("/api/admin/tokens",
                "{\"name\":\"再来一个\",\"role\":\"admin\"}", false);
        assertThat(mint.statusCode()).isEqualTo(403);
        assertThat(mint.body()).contains("访问令牌不能管理令牌");
        var invalid = new StaffHttp(port).bearer(adminToken).postJson("/api/admin/tokens", "{}", false);
        assertThat(invalid.statusCode()).isEqualTo(403);
    }

    @Test
    void aHandlerTokenWithoutADepartmentIsRefused() {
        var r = admin().postJson("/api/admin/tokens", "{\"name\":\"无部门\",\"role\":\"handler\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("必须指定部门");
    }

    @Test
    void aRememberedBasicCredentialIsForgottenWhenTheAccountIsDisabled() {
        String name = "cached" + UniqueIds.name();
        assertThat(admin().postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"operator\"]}").statusCode()).isEqualTo(201);
        StaffHttp script = new StaffHttp(port).basic(name, "long-enough-pw");
        assertThat(script.get("/api/admin/me").statusCode()).isEqualTo(200);
        assertThat(script.get("/api/admin/me").statusCode()).isEqualTo(200);
        assertThat(admin().postJson("/api/admin/users/" + name + "/enabled?value=false", "{}").statusCode())
                .isEqualTo(200);
        assertThat(script.get("/api/admin/me").statusCode()).isEqualTo(401);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }
}
