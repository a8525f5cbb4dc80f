package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** CSRF exemption, sign-out, headers and health details, as an outsider probing the console sees them. */
@AppTest
class ConsoleHardeningTest {

    static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort
    int port;

    @Test
    void aMadeUpAuthorizationHeaderDoesNotSkipTheCsrfCheckOfASession() {
        StaffHttp browser = new StaffHttp(port);
        assertThat(browser.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        browser.bearer("x");
        String body = "{\"username\":\"forged-" + UniqueIds.name()
                + "\",\"password\":\"long-enough-pw\",\"roles\":[\"admin\"]}";
        var r = browser.postJson("/api/admin/users", body, false);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("身份验证失败");
        assertThat(new StaffHttp(port).basic("admin", ADMIN_PASSWORD).get("/api/admin/users").body())
                .doesNotContain("forged-");
    }

    @Test
    void aWorkingBasicHeaderNeedsNoCsrfToken() {
        var r = new StaffHttp(port).basic("admin", ADMIN_PASSWORD).postJson("/api/admin/users",
                "{\"username\":\"basic-" + UniqueIds.name() + "\",\"password\":\"long-enough-pw\","
                        + "\"roles\":[\"operator\"]}", false);
        assertThat(r.statusCode()).isEqualTo(201);
    }

    @Test
    void signingOutDeletesTheSessionCookie() {
        StaffHttp browser = new StaffHttp(port).header("Accept", "text/html");
        browser.signIn("admin", ADMIN_PASSWORD);
        var out = browser.postForm("/console/logout", "_csrf=" + browser.csrf());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("CIVICCHAT_SESSION=;").contains("Expires=Thu, 01 Jan 1970"));
        assertThat(browser.get("/api/admin/me").statusCode()).isEqualTo(401);
    }

    @Test
    void consoleResponsesCarryAContentSecurityPolicyAndTheUsualHeaders() {
        var r = new StaffHttp(port).get("/console/login.html");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                "frame-ancestors 'self'");
        assertThat(csp).doesNotContain("unsafe-eval");
        assertThat(csp.substring(csp.indexOf("script-src"))).doesNotStartWith("script-src 'self' 'unsafe-inline'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }

    /** The policy allows no inline script: every page and module must do without one. */
    @Test
    void noConsolePageNeedsAnInlineScriptOrAnInlineEventHandler() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handlerAttribute = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            String html = Files.readString(page);
            assertThat(inlineScript.matcher(html).find()).as(page + " has an inline <script>").isFalse();
            assertThat(handlerAttribute.matcher(html).find()).as(page + " has an on…= attribute").isFalse();
        }
    }

    @Test
    void healthTellsAnonymousCallersTheStatusOnly() {
        var anonymous = new StaffHttp(port).get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\"").doesNotContain("components").doesNotContain("diskSpace")
                .doesNotContain("path");
        var admin = new StaffHttp(port).basic("admin", ADMIN_PASSWORD).get("/actuator/health");
        assertThat(admin.body()).contains("components");
    }
}
