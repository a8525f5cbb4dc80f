package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.AppTest;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A handler works on their own department's tickets only, and leaves routing decisions to the office. */
@AppTest
class HandlerScopeTest {

    @LocalServerPort
    int port;
    String number;
    String department;

    @BeforeEach
    void fileALampTicket() {
        String reply = new PortalClient(port).ask("o-scope-" + System.nanoTime(),
                "幸福路" + UniqueIds.houseNumber() + "号的路灯坏了，晚上一片漆黑");
        Matcher m = Pattern.compile("WM\\d{8}-\\d{4}").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        number = m.group();
        String detail = admin().get("/api/admin/tickets/" + number).body();
        Matcher d = Pattern.compile("\"department\":\"([^\"]+)\"").matcher(detail);
        assertThat(d.find()).isTrue();
        department = d.group(1);
    }

    private StaffHttp admin() {
        return new StaffHttp(port).basic("admin", "test-admin-password");
    }

    private StaffHttp handlerOf(String dept) {
        String name = "h" + UniqueIds.name();
        assertThat(admin().postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"" + dept + "\"}").statusCode()).isEqualTo(201);
        return new StaffHttp(port).basic(name, "long-enough-pw");
    }

    @Test
    void handlerOfAnotherDepartmentIsForbiddenTheTicket() {
        var r = handlerOf("区园林绿化中心").get("/api/admin/tickets/" + number);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("不归您的部门办理");
    }

    @Test
    void handlerOfTheTicketsDepartmentSeesAndAcceptsIt() {
        StaffHttp handler = handlerOf(department);
        assertThat(handler.get("/api/admin/tickets/" + number).statusCode()).isEqualTo(200);
        assertThat(handler.postJson("/api/admin/tickets/" + number + "/transitions", "{\"to\":\"accepted\"}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void handlerCannotReassignOrMergeEvenTheirOwnTickets() {
        StaffHttp handler = handlerOf(department);
        assertThat(handler.postJson("/api/admin/tickets/" + number + "/assign", "{\"department\":\"区园林绿化中心\"}")
                .statusCode()).isEqualTo(403);
        assertThat(handler.postJson("/api/admin/tickets/" + number + "/merge", "{\"into\":\"WM20260101-0001\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void handlerCannotReadSurveysOrTheFaqQueue() {
        StaffHttp handler = handlerOf(department);
        assertThat(handler.get("/api/admin/surveys").statusCode()).isEqualTo(403);
        assertThat(handler.get("/api/admin/faq/unanswered").statusCode()).isEqualTo(403);
        assertThat(handler.get("/api/admin/dashboard").statusCode()).isEqualTo(403);
    }
}
