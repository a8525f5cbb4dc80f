package org.civicchat.volunteer;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The activities API: its contract, Bean Validation as Chinese RFC 9457 problems, and who may call it. */
@AppTest
class VolunteerApiTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    @LocalServerPort
    int port;
    AdminClient admin;

    @BeforeEach
    void connect() {
        admin = new AdminClient(port);
    }

    private static String at(Duration fromNow) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plus(fromNow).withNano(0).toString();
    }

    private static String body(String title, String startsAt, String endsAt, String quota) {
        return """
                {"title": %s, "description": "清理小广告", "place": "和平社区广场", "community": "和平社区",
                 "startsAt": %s, "endsAt": %s, "quota": %s, "needsPhone": false}""".formatted(title, startsAt, endsAt, quota);
    }

    private static String valid() {
        return body("\"清理小广告\"", "\"" + at(Duration.ofDays(1)) + "\"", "\"" + at(Duration.ofDays(1).plusHours(2)) + "\"", "20");
    }

    @Test
    void publishingReturnsTheIdAndASixDigitCheckInCodeAndListsItAsUpcoming() {
        var r = admin.post("/api/admin/volunteer/activities", valid());
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().get("id").asString();
        assertThat(r.json().get("checkInCode").asString()).matches("[1-9]\\d{5}");
        var list = admin.get("/api/admin/volunteer/activities").json();
        assertThat(list.get("upcoming").toString()).contains("\"id\":\"" + id + "\"");
        assertThat(list.get("past").toString()).doesNotContain("\"id\":\"" + id + "\"");
        var roster = admin.get("/api/admin/volunteer/activities/" + id + "/roster").json();
        assertThat(roster.get("signedUp")).isEmpty();
        assertThat(roster.get("waitlist")).isEmpty();
        assertThat(roster.get("checkedIn").asLong()).isZero();
        assertThat(roster.get("hours").asDouble()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no title          | null      | +1d   | +1d2h | 20  | 请填写标题",
            "end before start  | '\"x\"'   | +1d2h | +1d   | 20  | 结束时间须晚于开始时间",
            "zero places       | '\"x\"'   | +1d   | +1d2h | 0   | 名额至少1人",
            "already over      | '\"x\"'   | -3h   | -1h   | 20  | 结束时间已过，不能发布已结束的活动",
            "longer than a day | '\"x\"'   | +1d   | +2d1h | 20  | 一次活动最长24小时",
    })
    void badActivityIsRefusedWithAChineseProblem(String why, String title, String start, String end, String quota,
                                                 String detail) {
        var r = admin.post("/api/admin/volunteer/activities",
                body(title.replace("\\\"", "\""), time(start), time(end), quota));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("status").asInt()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains(detail);
    }

    private static String time(String spec) {
        boolean minus = spec.startsWith("-");
        String s = spec.substring(1);
        Duration d = Duration.ZERO;
        for (String part : s.split("(?<=[dh])")) {
            d = d.plus(part.endsWith("d") ? Duration.ofDays(Long.parseLong(part.replace("d", "")))
                    : Duration.ofHours(Long.parseLong(part.replace("h", ""))));
        }
        return "\"" + at(minus ? d.negated() : d) + "\"";
    }

    @Test
    void timeWithoutAnOffsetIsRefused() {
        var r = admin.post("/api/admin/volunteer/activities",
                body("\"x\"", "\"2027-01-05T09:00:00\"", "\"2027-01-05T11:00:00\"", "20"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("时间须带时区");
    }

    @Test
    void unknownActivityIsA404Problem() {
        var r = admin.get("/api/admin/volunteer/activities/999999999/roster");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asString()).isEqualTo("没有这个志愿活动");
    }

    @Test
    void hoursOutOfRangeAreRefused() {
        String id = admin.post("/api/admin/volunteer/activities", valid()).json().get("id").asString();
        var r = admin.put("/api/admin/volunteer/activities/" + id + "/roster/1/hours", "{\"hours\": 30}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).isEqualTo("服务时长最多24小时");
        var nobody = admin.put("/api/admin/volunteer/activities/" + id + "/roster/1/hours", "{\"hours\": 2}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("detail").asString()).isEqualTo("报名名单上没有1号");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"operator, 201", "handler, 403"})
    void officeRolesPublishAndHandlersMayNot(String role, int status) throws Exception {
        String name = role + "-vol-" + USERS.incrementAndGet() + "-" + UniqueIds.name();
        assertThat(admin.post("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"" + role + "\"],\"department\":\"区城市管理局\"}").status()).isEqualTo(201);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/admin/volunteer/activities"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((name + ":long-enough-pw").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(valid())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(status);
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        assertThat(admin.anonymousGet("/api/admin/volunteer/activities").status()).isEqualTo(401);
    }
}
