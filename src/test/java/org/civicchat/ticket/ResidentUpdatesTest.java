package org.civicchat.ticket;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.ticket.handler.HandlerIdentity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What residents and handlers are told as a ticket moves: what matters at once, routine steps merged. */
class ResidentUpdatesTest extends TicketKitTest {

    private static final Actor STAFF = Actor.staff("op");

    @Test
    void acceptedAssignedAndStartedAreToldAsOneMessageOnceTheDelayPassed() {
        Ticket t = kit.fileNew("o-upd-aaaa01", "路灯不亮", "public-facilities", "解放路12号");
        kit.staff.transition(t.number(), TicketStatus.ACCEPTED, STAFF, null, null, null);
        kit.staff.assign(t.number(), null, null, "王五", STAFF, null);
        kit.staff.transition(t.number(), TicketStatus.IN_PROGRESS, STAFF, null, null, null);
        assertThat(kit.notices).isEmpty();
        kit.clock.advance(Duration.ofMinutes(2));
        assertThat(kit.statusNotices.tellDueDigests()).isZero();
        kit.clock.advance(Duration.ofMinutes(1));
        assertThat(kit.statusNotices.tellDueDigests()).isEqualTo(1);
        assertThat(kit.notices).singleElement().satisfies(n -> {
            assertThat(n.openid()).isEqualTo("o-upd-aaaa01");
            assertThat(n.text()).contains(t.number(), "已受理 → 已派单", "→ 处理中");
            assertThat(n.priority()).isEqualTo(ResidentNotice.Priority.LOW);
        });
        assertThat(kit.statusNotices.tellDueDigests()).isZero();
    }

    @Test
    void aResolutionIsToldAtOnceWithItsRatingRequestAndDropsTheWaitingRoutineSteps() {
        Ticket t = kit.fileNew("o-upd-bbbb02", "路灯不亮", "public-facilities", "解放路14号");
        kit.staff.transition(t.number(), TicketStatus.ACCEPTED, STAFF, null, null, null);
        kit.staff.assign(t.number(), null, null, "王五", STAFF, null);
        kit.staff.transition(t.number(), TicketStatus.IN_PROGRESS, STAFF, null, null, null);
        kit.staff.transition(t.number(), TicketStatus.RESOLVED, STAFF, "换了镇流器", "已更换灯泡", null, "after.jpg");
        assertThat(kit.notices).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("已处理", "已更换灯泡", "1 满意");
            assertThat(n.priority()).isEqualTo(ResidentNotice.Priority.HIGH);
        });
        kit.clock.advance(Duration.ofMinutes(10));
        assertThat(kit.statusNotices.tellDueDigests()).isZero();
        assertThat(kit.notices).hasSize(1);
    }

    @Test
    void aRoutineStepWithWordsForTheResidentIsToldAtOnce() {
        Ticket t = kit.fileNew("o-upd-eeee05", "路灯不亮", "public-facilities", "解放路20号");
        kit.staff.transition(t.number(), TicketStatus.ACCEPTED, STAFF, "内部：周五前回复", "我们已受理，明天上午到现场。",
                null, null);
        assertThat(kit.notices).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("已受理", "明天上午到现场").doesNotContain("周五前回复");
            assertThat(n.priority()).isEqualTo(ResidentNotice.Priority.HIGH);
        });
    }

    @Test
    void aRejectionIsToldAtOnceWithItsReason() {
        Ticket t = kit.fileNew("o-upd-cccc03", "邻居家装修太吵", "noise", "解放路16号");
        kit.staff.transition(t.number(), TicketStatus.REJECTED, STAFF, null, "属于民事纠纷，请联系社区调解", null);
        assertThat(kit.notices).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("不予受理", "民事纠纷");
            assertThat(n.priority()).isEqualTo(ResidentNotice.Priority.HIGH);
        });
    }

    @Test
    void anUnsatisfiedRatingReopensTheTicketTellsItsBoundHandlerAndKeepsItOnTheDepartmentsList() {
        Ticket t = kit.fileNew("o-upd-dddd04", "路灯不亮", "public-facilities", "解放路18号");
        kit.bindings.bind("o-handler-0001", new HandlerIdentity("wangwu", t.department()));
        kit.staff.assign(t.number(), null, null, "wangwu", STAFF, null);
        kit.staff.transition(t.number(), TicketStatus.IN_PROGRESS, STAFF, null, null, null);
        kit.staff.transition(t.number(), TicketStatus.RESOLVED, STAFF, "灯杆编号 A-17", "已更换灯泡", null, "after.jpg");
        kit.notices.clear();
        kit.residents.rate("o-upd-dddd04", t.number(), 3);
        assertThat(kit.notices).filteredOn(n -> n.openid().equals("o-handler-0001")).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("重新办理", t.number(), "不满意");
            assertThat(n.priority()).isEqualTo(ResidentNotice.Priority.HIGH);
        });
        assertThat(kit.staff.list(new TicketFilter(Set.of(), null, t.department(), null, null, null, false, null, 0,
                20, true)).items()).extracting(Ticket::number).contains(t.number());
        assertThat(kit.staff.get(t.number()).status()).isEqualTo(TicketStatus.REOPENED);
    }
}
