package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an outsider types into the sign-in costs Redis nothing, and the audit stream stays small per entry. */
@AppTest
class SignInFloodTest {

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;

    @Test
    void aHugeUsernameIsRefusedInChineseAndGrowsRedisByAlmostNothing() {
        String huge = "x".repeat(200 * 1024);
        long memoryBefore = usedMemory();
        long keysBefore = redis.dbSize();
        for (int i = 0; i < 5; i++) {
            var r = new StaffHttp(port).signIn(huge + i, "whatever-password");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("用户名应为2到32位");
        }
        // before the fix: about 2.5 MB (each name stored as a key and in the audit stream); the allowance is
        // for what the app's background jobs write meanwhile
        assertThat(usedMemory() - memoryBefore).as("bytes Redis grew by").isLessThan(256 * 1024);
        assertThat(redis.dbSize() - keysBefore).as("keys added").isLessThanOrEqualTo(2);
        assertThat(redis.xrevrange("cc:admin:audit", "+", "-", 20))
                .noneMatch(e -> e.getFields().values().stream().anyMatch(v -> v.startsWith("xxxxxxxx")));
    }

    @Test
    void aHugeBasicUsernameIsRefusedTooAndNothingIsStored() {
        long keysBefore = redis.dbSize();
        var r = new StaffHttp(port).basic("y".repeat(4000), "pw").get("/api/admin/me");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("用户名应为2到32位");
        assertThat(redis.dbSize() - keysBefore).isLessThanOrEqualTo(1);
    }

    @Test
    void aBrowserWithABadUsernameIsSentBackToTheSignInPage() {
        var r = new StaffHttp(port).header("Accept", "text/html").signIn("名字里有空格 和汉字", "whatever-password");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("login.html?error=invalid");
    }

    @Test
    void everyAuditFieldIsCutToAFewHundredCharacters() {
        String longPath = "/api/admin/" + "z".repeat(5000);
        new StaffHttp(port).basic("admin", "test-admin-password").postJson(longPath, "{}");
        List<StreamEntry> latest = redis.xrevrange("cc:admin:audit", "+", "-", 20);
        assertThat(latest).anySatisfy(e -> assertThat(e.getFields().get("target")).startsWith("/api/admin/zzz"));
        assertThat(latest).allSatisfy(e -> e.getFields().values()
                .forEach(v -> assertThat(v.length()).isLessThanOrEqualTo(200)));
    }

    private long usedMemory() {
        String info = redis.info("memory");
        for (String line : info.split("\r?\n")) {
            if (line.startsWith("used_memory:")) {
                return Long.parseLong(line.substring("used_memory:".length()).trim());
            }
        }
        throw new IllegalStateException("no used_memory in INFO memory");
    }
}
