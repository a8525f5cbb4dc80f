package org.civicchat.ticket;

import org.civicchat.notice.ResidentNotice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff notes stay with staff; only the words written for the resident reach the resident. */
class ResidentMessageTest extends TicketKitTest {

    final Actor office = Actor.staff("operator1");

    @Test
    void acceptingWithOnlyAnInternalNoteSendsNoneOfItToTheResident() {
        Ticket t = kit.fileNew("o-owner-note", "广场舞音响太吵", "noise", "滨河公园东门");
        kit.staff.transition(t.number(), TicketStatus.ACCEPTED, office, "居民情绪激动，联系时注意语气", null, null);
        kit.clock.advance(java.time.Duration.ofMinutes(3)); // a routine step reaches the resident in the progress digest
        kit.statusNotices.tellDueDigests();
        ResidentNotice told = lastNoticeTo("o-owner-note");
        assertThat(told.text()).contains("已受理").doesNotContain("情绪激动").doesNotContain("注意语气");
        assertThat(kit.staff.log(t.number()).get(1).note()).isEqualTo("居民情绪激动，联系时注意语气");
        assertThat(kit.staff.log(t.number()).get(1).toResident()).isNull();
    }

    @Test
    void aRoutineStepWithWordsForTheResidentIsToldAtOnce() {
        Ticket t = kit.fileNew("o-owner-now", "广场舞音响太吵", "noise", "滨河公园西门");
        kit.staff.transition(t.number(), TicketStatus.ACCEPTED, office, null, "明天上午安排人员到场", null, null);
        assertThat(lastNoticeTo("o-owner-now").text()).contains("明天上午安排人员到场");
    }

    @Test
    void theResidentMessageIsTheOnlyStaffTextTheResidentReads() {
        Ticket t = kit.fileNew("o-owner-msg", "广场舞音响太吵", "noise", "滨河公园南门");
        kit.staff.transition(t.number(), TicketStatus.ACCEPTED, office, "转城管中队，周五前回复",
                "我们已受理，会尽快安排人员到现场。", null, null);
        ResidentNotice told = lastNoticeTo("o-owner-msg");
        assertThat(told.text()).contains("说明：我们已受理，会尽快安排人员到现场。").doesNotContain("城管中队");
        assertThat(kit.staff.log(t.number()).get(1).toResident()).isEqualTo("我们已受理，会尽快安排人员到现场。");
    }

    @Test
    void aRejectionTellsItsReasonButNotTheInternalNote() {
        Ticket t = kit.fileNew("o-owner-reject", "广场舞音响太吵", "noise", "滨河公园北门");
        kit.staff.transition(t.number(), TicketStatus.REJECTED, office, "疑似重复投诉", "该处不属于本区管辖", null);
        ResidentNotice told = lastNoticeTo("o-owner-reject");
        assertThat(told.text()).contains("该处不属于本区管辖").doesNotContain("疑似重复投诉");
    }

    private ResidentNotice lastNoticeTo(String openid) {
        return kit.notices.stream().filter(n -> n.openid().equals(openid)).reduce((a, b) -> b).orElseThrow();
    }
}
