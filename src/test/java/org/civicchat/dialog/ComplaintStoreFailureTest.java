package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.support.TestRedis;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When Redis does not take the write, the resident hears so honestly and never gets a ticket number. */
class ComplaintStoreFailureTest {

    @TempDir
    Path dataDir;
    TestRedis redis;
    ResidentTickets tickets;
    StaffTickets staff;
    ComplaintConversation complaints;

    @BeforeEach
    void setUp() {
        redis = new TestRedis();
        TicketServices.Faces faces = TicketServices.onRedis(redis.client(), dataDir);
        tickets = faces.residents();
        staff = faces.staff();
        SessionStore sessions = new SessionStore(redis.client());
        AfterFiling afterFiling = new AfterFiling(tickets, sessions, DialogSettings.defaults());
        complaints = new ComplaintConversation(tickets, sessions, new TicketFollowUp(tickets, afterFiling), afterFiling);
    }

    @AfterEach
    void tearDown() {
        redis.close();
    }

    @Test
    void whenRedisRefusesWritesTheResidentIsAskedToResendAndGetsNoNumber() {
        redis.client().configSet("min-replicas-to-write", "1");
        Reply reply = complain("o-fail-000001", "青年路88号的路灯不亮了", "青年路88号");
        assertThat(reply.text()).isEqualTo(TicketReplies.NOT_SAVED).doesNotContain("WM");
        redis.client().configSet("min-replicas-to-write", "0");
        assertThat(staff.list(TicketFilter.all(0, 10)).total()).isZero();
    }

    @Test
    void whenRedisIsDownTheResidentIsAskedToResendAndGetsNoNumber() {
        redis.close();
        Reply reply = complain("o-fail-000002", "解放路12号井盖没了", "解放路12号");
        assertThat(reply.text()).isEqualTo(TicketReplies.NOT_SAVED).doesNotContain("WM");
        redis = new TestRedis();
    }

    private Reply complain(String openid, String text, String location) {
        Inbound m = Inbound.builder(openid, MessageKind.TEXT).msgId("9" + System.nanoTime()).text(text).build();
        return complaints.onComplaint(m, new Analysis(text, text, Intent.COMPLAINT, "public-facilities", location,
                List.of(), null));
    }
}
