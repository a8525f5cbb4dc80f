package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.support.UniqueIds;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.Filing;
import org.civicchat.ticket.ResidentTickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hotspot view: tickets per grid and week, and the positions residents sent. The app's Redis is shared with
 * other test classes, so counts are compared before and after the tickets this test files.
 */
@AppTest
class HotspotsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String THIS_WEEK = LocalDate.now(ZoneId.of("Asia/Shanghai")).with(DayOfWeek.MONDAY).toString();

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;

    private StaffHttp admin() {
        return new StaffHttp(port).basic("admin", "test-admin-password");
    }

    private JsonNode hotspots(String query) {
        HttpResponse<String> r = admin().get("/api/admin/dashboard/hotspots" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Files a ticket at a place (its grid follows routing.yaml's keywords), optionally with a position. */
    private String file(String category, String place, Double lat, Double lng) {
        String resident = "o-hotspot-" + UniqueIds.name();
        tickets.addToDraft(resident, DraftPart.words(place + "的情况 " + UniqueIds.name(), category, place));
        if (lat != null) {
            tickets.addToDraft(resident, DraftPart.place(place, lat, lng));
        }
        Filing filing = tickets.fileDraft(resident, "hotspot:" + UniqueIds.name(), true);
        assertThat(filing.outcome()).as("a new ticket, not a repeat of another").isEqualTo(Filing.Outcome.FILED);
        return filing.ticket().number();
    }

    private static long cell(JsonNode view, String area, String week) {
        for (JsonNode c : view.path("cells")) {
            if (c.path("area").asString().equals(area) && c.path("week").asString().equals(week)) {
                return c.path("count").asLong();
            }
        }
        throw new AssertionError("no cell " + area + " / " + week + " in " + view.path("cells"));
    }

    private static JsonNode point(JsonNode view, String number) {
        for (JsonNode p : view.path("points")) {
            if (p.path("number").asString().equals(number)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void ticketsAreCountedInTheirGridsCurrentWeekForTheirCategory() {
        JsonNode before = hotspots("?category=noise&weeks=2");
        file("noise", "滨河公园东门", null, null);
        file("noise", "滨河路88号", 34.7501, 113.6380);
        file("noise", "火车站广场", 34.7402, 113.6251);
        file("noise", "某个没有网格的地方", null, null);
        file("pets", "滨河公园西门", null, null);

        JsonNode after = hotspots("?category=noise&weeks=2");
        assertThat(cell(after, "滨河网格", THIS_WEEK) - cell(before, "滨河网格", THIS_WEEK)).isEqualTo(2);
        assertThat(cell(after, "火车站网格", THIS_WEEK) - cell(before, "火车站网格", THIS_WEEK)).isEqualTo(1);
        assertThat(cell(after, "青年路网格", THIS_WEEK) - cell(before, "青年路网格", THIS_WEEK)).isZero();
        assertThat(cell(after, "其他或未划分网格", THIS_WEEK) - cell(before, "其他或未划分网格", THIS_WEEK)).isEqualTo(1);
    }

    @Test
    void theViewHasOneRowPerOutlinedGridAndOneColumnPerWeek() {
        JsonNode view = hotspots("?weeks=3");
        assertThat(view.path("areas").toString())
                .isEqualTo("[\"青年路网格\",\"滨河网格\",\"火车站网格\",\"锦绣家园网格\",\"其他或未划分网格\"]");
        assertThat(view.path("weeks").size()).isEqualTo(3);
        assertThat(view.path("weeks").get(2).path("start").asString()).isEqualTo(THIS_WEEK);
        assertThat(view.path("weeks").get(0).path("start").asString())
                .isEqualTo(LocalDate.parse(THIS_WEEK).minusWeeks(2).toString());
        assertThat(view.path("weeks").get(0).path("end").asString())
                .isEqualTo(LocalDate.parse(THIS_WEEK).minusWeeks(2).plusDays(6).toString());
        assertThat(view.path("cells").size()).isEqualTo(15);
        List<String> outlined = new ArrayList<>();
        view.path("outlines").forEach(o -> outlined.add(o.path("grid").asString()));
        assertThat(outlined).containsExactly("青年路网格", "滨河网格", "火车站网格", "锦绣家园网格");
        assertThat(view.path("outlines").get(0).path("ring").get(0).toString()).isEqualTo("[113.615,34.7455]");
        assertThat(hotspots("").path("weeks").size()).isEqualTo(12);
    }

    @Test
    void reportedPositionsAreListedWithTheirGridCategoryAndStatus() {
        String located = file("street-vending", "锦绣家园北门", 34.7401, 113.6402);
        String unlocated = file("street-vending", "锦绣家园南门", null, null);

        JsonNode view = hotspots("?category=street-vending&weeks=1");
        JsonNode p = point(view, located);
        assertThat(p).as(view.path("points").toString()).isNotNull();
        assertThat(p.path("latitude").asDouble()).isEqualTo(34.7401);
        assertThat(p.path("longitude").asDouble()).isEqualTo(113.6402);
        assertThat(p.path("grid").asString()).isEqualTo("锦绣家园网格");
        assertThat(p.path("category").asString()).isEqualTo("street-vending");
        assertThat(p.path("categoryName").asString()).isEqualTo("占道经营");
        assertThat(p.path("status").asString()).isEqualTo("submitted");
        assertThat(p.path("statusName").asString()).isEqualTo("已提交");
        assertThat(point(view, unlocated)).isNull();
        assertThat(point(hotspots("?category=noise&weeks=1"), located)).isNull();
    }

    @Test
    void theStatusFilterKeepsOnlyTicketsInThoseStatuses() {
        String rejected = file("illegal-ads", "青年路12号", 34.7500, 113.6200);
        String open = file("illegal-ads", "解放路文化宫对面", 34.7470, 113.6290);
        assertThat(admin().postJson("/api/admin/tickets/" + rejected + "/transitions",
                "{\"to\":\"rejected\",\"reason\":\"不属于本区管辖\",\"note\":\"已告知居民\"}").statusCode()).isEqualTo(200);

        JsonNode openOnly = hotspots("?category=illegal-ads&status=open&weeks=1");
        assertThat(point(openOnly, open)).isNotNull();
        assertThat(point(openOnly, rejected)).isNull();
        JsonNode rejectedOnly = hotspots("?category=illegal-ads&status=rejected,duplicate&weeks=1");
        assertThat(point(rejectedOnly, rejected).path("statusName").asString()).isEqualTo("不予受理");
        assertThat(point(rejectedOnly, open)).isNull();
        assertThat(rejectedOnly.path("filter").path("statuses").toString()).isEqualTo("[\"duplicate\",\"rejected\"]");
    }

    @Test
    void badFiltersAreRefusedInChinese() {
        assertThat(problem("?weeks=0")).isEqualTo("周数应为 1 到 52 之间的整数，收到的是“0”。");
        assertThat(problem("?weeks=abc")).isEqualTo("周数应为 1 到 52 之间的整数，收到的是“abc”。");
        assertThat(problem("?category=flying-saucers")).isEqualTo("没有“flying-saucers”这个问题类别，请从类别列表中选择。");
        assertThat(problem("?status=lost")).startsWith("没有“lost”这个工单状态。可选：open（在办）或 submitted（已提交）、");
    }

    private String problem(String query) {
        HttpResponse<String> r = admin().get("/api/admin/dashboard/hotspots" + query);
        assertThat(r.statusCode()).isEqualTo(400);
        return JSON.readTree(r.body()).path("detail").asString();
    }

    @Test
    void hotspotsAreForTheOfficeOnly() {
        String name = "hot-handler-" + UniqueIds.name();
        assertThat(admin().postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"区城市管理局\"}").statusCode()).isEqualTo(201);
        assertThat(new StaffHttp(port).basic(name, "long-enough-pw").get("/api/admin/dashboard/hotspots").statusCode())
                .isEqualTo(403);
        assertThat(new StaffHttp(port).get("/api/admin/dashboard/hotspots").statusCode()).isEqualTo(401);
    }
}
