package org.civicchat.admin;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.AppTest;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A handler works on their own department's tickets only, and leaves routing decisions to the office. */
@AppTest
class HandlerScopeTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccountStore accounts;
    @Autowired
    PasswordEncoder encoder;
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
    void theTicketCarriesTheMovesTheCallersRoleMayMakeFromItsStatus() {
        assertThat(admin().get("/api/admin/tickets/" + number).body())
                .contains("\"allowedNext\":[\"accepted\",\"assigned\",\"rejected\",\"duplicate\",\"withdrawn\"]");
        assertThat(admin().get("/api/admin/tickets?text=" + number).body())
                .contains("\"allowedNext\":[\"accepted\",\"assigned\",\"rejected\",\"duplicate\",\"withdrawn\"]");
        StaffHttp handler = handlerOf(department);
        assertThat(handler.get("/api/admin/tickets/" + number).body()).contains("\"allowedNext\":[\"accepted\"]");
        assertThat(admin().postJson("/api/admin/tickets/" + number + "/assign", "{\"department\":\"" + department + "\"}")
                .statusCode()).isEqualTo(200);
        assertThat(handler.get("/api/admin/tickets/" + number).body())
                .contains("\"allowedNext\":[\"accepted\",\"in_progress\"]");
        assertThat(admin().get("/api/admin/tickets/" + number).body())
                .contains("\"allowedNext\":[\"accepted\",\"in_progress\",\"rejected\",\"duplicate\",\"withdrawn\"]");
    }

    @Test
    void anotherDepartmentsTicketAndANumberThatDoesNotExistLookTheSame() {
        StaffHttp handler = handlerOf("区园林绿化中心");
        String missing = "WM20200101-9999";
        var notYours = handler.get("/api/admin/tickets/" + number);
        var none = handler.get("/api/admin/tickets/" + missing);
        assertThat(notYours.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(notYours.body().replace(number, "N")).isEqualTo(none.body().replace(missing, "N"));
        assertThat(handler.postJson("/api/admin/tickets/" + number + "/transitions", "{\"to\":\"accepted\"}")
                .statusCode()).isEqualTo(404);
        assertThat(handler.get("/api/admin/tickets/" + number + "/photos/p1").statusCode()).isEqualTo(404);
    }

    @Test
    void aHandlerWithoutADepartmentIsRefusedInChinese() {
        String name = "nodept" + UniqueIds.name();
        var r = admin().postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"  \"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(r.body()).contains("\"detail\":\"处置人员必须填写所属部门").contains("\"field\":\"department\"");
        assertThat(admin().get("/api/admin/users").body()).doesNotContain(name);
    }

    @Test
    void aHandlerAccountStoredWithoutADepartmentSeesNoTicketAtAll() {
        String name = "legacy" + UniqueIds.name();
        accounts.save(new StaffAccount(name, encoder.encode("long-enough-pw"), java.util.Set.of(StaffRole.HANDLER), "",
                null, true));
        StaffHttp handler = new StaffHttp(port).basic(name, "long-enough-pw");
        var list = handler.get("/api/admin/tickets?size=200");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"total\":0").doesNotContain(number);
        var csv = handler.get("/api/admin/tickets.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().strip().lines().count()).as("header only").isEqualTo(1);
        assertThat(handler.get("/api/admin/tickets/" + number).statusCode()).isEqualTo(404);
        assertThat(handler.get("/api/admin/tickets/ratings").body()).isEqualTo("{}");
    }

    @Test
    void handlersCannotRejectOrWithdrawEvenTheirOwnDepartmentsTickets() {
        StaffHttp handler = handlerOf(department);
        var reject = handler.postJson("/api/admin/tickets/" + number + "/transitions",
                "{\"to\":\"rejected\",\"reason\":\"不归我们管\"}");
        assertThat(reject.statusCode()).isEqualTo(403);
        assertThat(reject.body()).contains("您的角色不能");
        assertThat(handler.postJson("/api/admin/tickets/" + number + "/transitions", "{\"to\":\"withdrawn\"}")
                .statusCode()).isEqualTo(403);
        assertThat(admin().get("/api/admin/tickets/" + number).body()).contains("\"status\":\"submitted\"");
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
