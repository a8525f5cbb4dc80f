package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.support.PortalClient;
import org.civicchat.support.UniqueIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The transitions API keeps {@code note} internal; only {@code residentMessage} reaches the resident. */
@AppTest
@TestPropertySource(properties = {"civicchat.ticket.progress-digest-delay=1s", "civicchat.ticket.jobs-every=1s"})
class ResidentMessageApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;

    @Test
    void anAcceptWithOnlyAnInternalNoteSendsNothingOfItToTheResident() {
        PortalClient portal = new PortalClient(port);
        String resident = "o-note-" + UniqueIds.name();
        String number = file(portal, resident);
        var r = admin().postJson("/api/admin/tickets/" + number + "/transitions",
                "{\"to\":\"accepted\",\"note\":\"此人多次投诉，先电话核实\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        // the rejection is told at once (and takes the accept's waiting progress message with it)
        assertThat(admin().postJson("/api/admin/tickets/" + number + "/transitions",
                "{\"to\":\"rejected\",\"reason\":\"该路段由市政公司管理，已转告\",\"note\":\"内部：不必回访\"}")
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxFor(resident).contains("该路段由市政公司管理"));
        assertThat(outboxFor(resident)).doesNotContain("多次投诉").doesNotContain("电话核实").doesNotContain("不必回访");
        assertThat(portal.ask(resident, "查询 " + number)).doesNotContain("多次投诉").doesNotContain("不必回访");
        assertThat(admin().get("/api/admin/tickets/" + number).body()).contains("此人多次投诉，先电话核实");
    }

    @Test
    void theResidentMessageIsSentAndShownInTheirHistory() {
        PortalClient portal = new PortalClient(port);
        String resident = "o-msg-" + UniqueIds.name();
        String number = file(portal, resident);
        var r = admin().postJson("/api/admin/tickets/" + number + "/transitions",
                "{\"to\":\"accepted\",\"note\":\"转城管中队\",\"residentMessage\":\"已安排人员本周内到现场查看\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxFor(resident).contains("已安排人员本周内到现场查看"));
        assertThat(outboxFor(resident)).doesNotContain("城管中队");
        assertThat(r.body()).contains("\"toResident\":\"已安排人员本周内到现场查看\"");
    }

    private String file(PortalClient portal, String resident) {
        String reply = portal.ask(resident, "幸福路" + UniqueIds.houseNumber() + "号的路灯坏了，晚上一片漆黑");
        Matcher m = Pattern.compile("WM\\d{8}-\\d{4}").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        return m.group();
    }

    private StaffHttp admin() {
        return new StaffHttp(port).basic("admin", "test-admin-password");
    }

    private String outboxFor(String openid) {
        return String.join("\n", redis.lrange("cc:wechat:sandbox-outbox", 0, -1).stream()
                .filter(e -> e.startsWith(openid + "\u001f")).toList());
    }
}
