package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy (forwarded headers trusted because {@code server.forward-headers-strategy} is set) with an
 * https public address: throttling is per client, so an outsider cannot keep staff out, and cookies are Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "civicchat.redis.embedded-port=0",
        "civicchat.redis.data-dir=target/test-data/throttle",
        "civicchat.admin.password=test-admin-password",
        "civicchat.notice.public-base-url=https://civic.example.org",
        "server.forward-headers-strategy=native",
        "logging.level.org.civicchat=WARN"
})
class SignInThrottleTest {

    static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort
    int port;

    private StaffHttp from(String address) {
        return new StaffHttp(port).header("X-Forwarded-For", address);
    }

    @Test
    void anOutsidersFailuresDoNotKeepTheAdminOutForAClientElsewhere() {
        String chief = "chief-" + UniqueIds.name();
        assertThat(from("198.51.100.8").basic("admin", ADMIN_PASSWORD).postJson("/api/admin/users",
                "{\"username\":\"" + chief + "\",\"password\":\"long-enough-pw\",\"roles\":[\"admin\"]}").statusCode())
                .isEqualTo(201);
        for (int i = 0; i < 12; i++) {
            int status = from("203.0.113.7").basic(chief, "guess-" + i).get("/api/admin/me").statusCode();
            assertThat(status).isIn(401, 429);
        }
        var outsider = from("203.0.113.7").basic(chief, "long-enough-pw").get("/api/admin/me");
        assertThat(outsider.statusCode()).isEqualTo(429);
        assertThat(outsider.body()).contains("登录失败次数较多");
        assertThat(from("198.51.100.9").basic(chief, "long-enough-pw").get("/api/admin/me").statusCode())
                .isEqualTo(200);
    }

    @Test
    void delaysGrowWithEachFurtherFailure() {
        StaffHttp outsider = from("203.0.113.20");
        for (int i = 0; i < SignInThrottleStore.FREE_PER_ACCOUNT; i++) {
            assertThat(outsider.basic("admin", "guess-" + i).get("/api/admin/me").statusCode()).isEqualTo(401);
        }
        assertThat(outsider.basic("admin", "guess-5").get("/api/admin/me").statusCode()).isEqualTo(401);
        long first = retryAfter(outsider.basic("admin", "guess-6").get("/api/admin/me"));
        assertThat(first).isBetween(1L, 2L);
    }

    @Test
    void oneClientTryingManyAccountsIsThrottledAcrossThem() {
        StaffHttp sprayer = from("203.0.113.40");
        int refused = 0;
        for (int i = 0; i < SignInThrottleStore.FREE_PER_CLIENT + 3; i++) {
            int status = sprayer.basic("user" + i, "password-" + i).get("/api/admin/me").statusCode();
            if (status == 429) {
                refused++;
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(1);
        assertThat(from("198.51.100.41").basic("admin", ADMIN_PASSWORD).get("/api/admin/me").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anyAdminCanLiftTheDelayOnAnAccount() {
        StaffHttp admin = from("198.51.100.50").basic("admin", ADMIN_PASSWORD);
        String second = "admin2-" + UniqueIds.name();
        String operator = "op-" + UniqueIds.name();
        admin.postJson("/api/admin/users", "{\"username\":\"" + second + "\",\"password\":\"long-enough-pw\",\"roles\":[\"admin\"]}");
        admin.postJson("/api/admin/users", "{\"username\":\"" + operator + "\",\"password\":\"long-enough-pw\",\"roles\":[\"operator\"]}");
        for (int i = 0; i < SignInThrottleStore.FREE_PER_ACCOUNT + 2; i++) {
            from("198.51.100.51").basic(operator, "wrong-" + i).get("/api/admin/me");
        }
        assertThat(from("198.51.100.51").basic(operator, "long-enough-pw").get("/api/admin/me").statusCode())
                .isEqualTo(429);
        assertThat(from("198.51.100.52").basic(second, "long-enough-pw")
                .postJson("/api/admin/users/" + operator + "/unlock", "{}").statusCode()).isEqualTo(200);
        assertThat(from("198.51.100.51").basic(operator, "long-enough-pw").get("/api/admin/me").statusCode())
                .isEqualTo(200);
    }

    @Test
    void cookiesAreSecureWhenThePublicAddressIsHttps() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/console/login.html"))
                .header("X-Forwarded-For", "198.51.100.60").build(), HttpResponse.BodyHandlers.ofString());
        String xsrf = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow();
        assertThat(xsrf).contains("Secure");
        String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
                .header("X-Forwarded-For", "198.51.100.60")
                .header("Cookie", "XSRF-TOKEN=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + token))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/console/");
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("CIVICCHAT_SESSION=").contains("Secure").contains("HttpOnly"));
    }

    private static long retryAfter(java.net.http.HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(429);
        return Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
    }
}
