package org.civicchat.admin;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A staff member's HTTP client: HTTP Basic for scripts, or a console session with its cookies. */
final class StaffHttp {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String basic;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    StaffHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    StaffHttp basic(String user, String password) {
        basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Sends {@code Authorization: Bearer <token>} instead of Basic. */
    StaffHttp bearer(String token) {
        basic = "Bearer " + token;
        return this;
    }

    /** Another header on every request (X-Forwarded-For, Accept…). */
    StaffHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> postJson(String path, String json, boolean withCsrfHeader) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrfHeader && csrf() != null) {
            b.header("X-XSRF-TOKEN", csrf());
        }
        return send(b);
    }

    HttpResponse<String> putJson(String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (csrf() != null) {
            b.header("X-XSRF-TOKEN", csrf());
        }
        return send(b);
    }

    HttpResponse<String> postJson(String path, String json) {
        return postJson(path, json, true);
    }

    /** Signs in through the console's form, as a browser does; returns the response of the form post. */
    HttpResponse<String> signIn(String user, String password) {
        get("/console/login.html");
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf());
        return send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> delete(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
        if (csrf() != null) {
            b.header("X-XSRF-TOKEN", csrf());
        }
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        if (basic != null) {
            b.header("Authorization", basic);
        }
        headers.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
