package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class SecurityRulesTest {

    static final String ADMIN_PASSWORD = "test-admin-password";
    static final AtomicInteger USERS = new AtomicInteger();

    @LocalServerPort
    int port;
    StaffHttp admin;

    @BeforeEach
    void signInAdmin() {
        admin = new StaffHttp(port).basic("admin", ADMIN_PASSWORD);
    }

    private String newStaff(String role) {
        String name = role + "-" + USERS.incrementAndGet() + "-" + UniqueIds.name();
        var r = admin.postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"" + role + "\"],\"department\":\"区城市管理局\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        return name;
    }

    @Test
    void apiWithoutCredentialsIsUnauthorized() {
        assertThat(new StaffHttp(port).get("/api/admin/users").statusCode()).isEqualTo(401);
        assertThat(new StaffHttp(port).get("/api/admin/me").statusCode()).isEqualTo(401);
    }

    @Test
    void consolePagesRedirectToSignIn() {
        var r = new StaffHttp(port).get("/console/");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/console/login.html");
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            "admin,    /api/admin/users, 200",
            "operator, /api/admin/users, 403",
            "handler,  /api/admin/users, 403",
            "admin,    /api/admin/audit, 200",
            "operator, /api/admin/audit, 403",
            "operator, /api/admin/me,    200",
            "handler,  /api/admin/me,    200",
    })
    void eachRoleGetsWhatItMayAndForbiddenOtherwise(String role, String path, int status) {
        StaffHttp caller = role.equals("admin") ? admin
                : new StaffHttp(port).basic(newStaff(role), "long-enough-pw");
        assertThat(caller.get(path).statusCode()).isEqualTo(status);
    }

    @Test
    void repeatedWrongPasswordsMakeThatClientWaitUntilAnAdminLiftsIt() {
        String name = newStaff("operator");
        for (int i = 0; i <= StaffDirectory.MAX_FAILURES; i++) {
            assertThat(new StaffHttp(port).basic(name, "wrong-password").get("/api/admin/me").statusCode()).isEqualTo(401);
        }
        var waiting = new StaffHttp(port).basic(name, "long-enough-pw").get("/api/admin/me");
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).isPresent();
        assertThat(waiting.body()).contains("登录失败次数较多");
        assertThat(admin.postJson("/api/admin/users/" + name + "/unlock", "{}").statusCode()).isEqualTo(200);
        assertThat(new StaffHttp(port).basic(name, "long-enough-pw").get("/api/admin/me").statusCode()).isEqualTo(200);
    }

    @Test
    void consoleSessionNeedsTheCsrfTokenForChanges() {
        StaffHttp browser = new StaffHttp(port);
        var signIn = browser.signIn("admin", ADMIN_PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/console/");
        assertThat(browser.get("/api/admin/me").statusCode()).isEqualTo(200);
        String body = "{\"username\":\"csrf-" + UniqueIds.name() + "\",\"password\":\"long-enough-pw\",\"roles\":[\"operator\"]}";
        assertThat(browser.postJson("/api/admin/users", body, false).statusCode()).isEqualTo(403);
        assertThat(browser.postJson("/api/admin/users", body, true).statusCode()).isEqualTo(201);
    }

    @Test
    void signInWithWrongPasswordGoesBackToTheFormWithAnError() {
        var r = new StaffHttp(port).signIn("admin", "not-the-password");
        assertThat(r.headers().firstValue("Location").orElse("")).contains("login.html?error");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        var r = new StaffHttp(port).signIn("admin", ADMIN_PASSWORD);
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("CIVICCHAT_SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void staffChangesAndSignInsAreInTheAuditLog() {
        String name = newStaff("handler");
        new StaffHttp(port).signIn("admin", ADMIN_PASSWORD);
        String log = admin.get("/api/admin/audit?limit=50").body();
        assertThat(log).contains("/api/admin/users").contains("\"action\":\"sign-in\"");
        assertThat(name).isNotBlank();
    }

    @Test
    void weakPasswordIsRefusedWithAClearError() {
        var r = admin.postJson("/api/admin/users", "{\"username\":\"weakling\",\"password\":\"123\",\"roles\":[\"operator\"]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("password");
    }
}
