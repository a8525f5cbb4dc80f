package org.civicchat.ticket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateReportsTest extends TicketKitTest {

    @Test
    void aSecondResidentReportingTheSameLampFollowsTheFirstTicket() {
        Ticket first = kit.fileNew("o-lamp-aaaa01", "青年路88号的路灯不亮了", "public-facilities", "青年路88号");
        Filing second = kit.file("o-lamp-bbbb02", "m:dup-2", "青年路88号门口路灯坏了，晚上很黑", "public-facilities", "青年路88号门口");
        assertThat(second.outcome()).isEqualTo(Filing.Outcome.FOLLOWED);
        assertThat(second.ticket().number()).isEqualTo(first.number());
        assertThat(second.ticket().followerCount()).isEqualTo(2);
        assertThat(kit.staff.list(TicketFilter.all(0, 10)).total()).isEqualTo(1);
        assertThat(kit.residents.ticketsOf("o-lamp-bbbb02", 5)).extracting(Ticket::number).containsExactly(first.number());
        assertThat(kit.residents.findFor("o-lamp-bbbb02", first.number())).isPresent();
        assertThat(TicketTexts.followed(second.ticket())).contains("2 位居民");
    }

    @Test
    void followersAreToldOfStatusChangesToo() {
        Ticket first = kit.fileNew("o-lamp-aaaa01", "路灯不亮", "public-facilities", "解放路12号");
        kit.file("o-lamp-bbbb02", "m:dup-3", "路灯一直不亮", "public-facilities", "解放路12号");
        kit.staff.transition(first.number(), TicketStatus.ACCEPTED, Actor.staff("op"), "已受理", null, null);
        kit.clock.advance(java.time.Duration.ofMinutes(3));
        kit.statusNotices.tellDueDigests();
        assertThat(kit.notices).extracting(n -> n.openid()).containsExactlyInAnyOrder("o-lamp-aaaa01", "o-lamp-bbbb02");
        assertThat(kit.notices).allSatisfy(n -> {
            assertThat(n.templateKey()).isEqualTo("ticket-status");
            assertThat(n.dedupKey()).startsWith("ticket:" + first.number() + ":progress:" + n.openid() + ":");
            assertThat(n.fields().values()).allSatisfy(v -> assertThat(v.length()).isLessThanOrEqualTo(20));
            assertThat(n.text()).contains(first.number(), "已受理");
        });
    }

    @Test
    void gpsPointsWithinAHundredMetresCountAsTheSamePlace() {
        kit.residents.addToDraft("o-gps-aaaa01", DraftPart.words("井盖松动", "public-facilities", null));
        kit.residents.addToDraft("o-gps-aaaa01", DraftPart.place("建设路", 30.27000, 120.15000));
        Ticket first = kit.residents.fileDraft("o-gps-aaaa01", "m:g1", false).ticket();
        kit.residents.addToDraft("o-gps-bbbb02", DraftPart.words("这里井盖松动了", "public-facilities", null));
        kit.residents.addToDraft("o-gps-bbbb02", DraftPart.place("建设路东段", 30.27050, 120.15030));
        assertThat(kit.residents.fileDraft("o-gps-bbbb02", "m:g2", false).ticket().number()).isEqualTo(first.number());
        kit.residents.addToDraft("o-gps-cccc03", DraftPart.words("井盖松动", "public-facilities", null));
        kit.residents.addToDraft("o-gps-cccc03", DraftPart.place("建设路西段", 30.27500, 120.15000));
        assertThat(kit.residents.fileDraft("o-gps-cccc03", "m:g3", false).ticket().number()).isNotEqualTo(first.number());
    }

    @Test
    void aDifferentCategoryOrDifferentWordsAtTheSamePlaceIsANewTicket() {
        Ticket lamp = kit.fileNew("o-same-aaaa01", "路灯不亮", "public-facilities", "青年路88号");
        assertThat(kit.fileNew("o-same-bbbb02", "垃圾堆积发臭", "environment-sanitation", "青年路88号").number())
                .isNotEqualTo(lamp.number());
        assertThat(kit.fileNew("o-same-cccc03", "人行道地砖松动", "public-facilities", "青年路88号").number())
                .isNotEqualTo(lamp.number());
    }

    @Test
    void aClosedTicketIsNotADuplicateTarget() {
        Ticket lamp = kit.fileNew("o-closed-aaa1", "路灯不亮", "public-facilities", "青年路88号");
        kit.staff.transition(lamp.number(), TicketStatus.REJECTED, Actor.staff("op"), null, "已在维修计划中", null);
        assertThat(kit.fileNew("o-closed-bbb2", "路灯不亮", "public-facilities", "青年路88号").number())
                .isNotEqualTo(lamp.number());
    }

    @Test
    void staffMergeOneTicketIntoAnotherAndSplitItOutAgain() {
        Actor staff = Actor.staff("op");
        Ticket a = kit.fileNew("o-merge-aaaa1", "垃圾桶破损", "environment-sanitation", "文化宫公交站");
        Ticket b = kit.fileNew("o-merge-bbbb2", "垃圾桶坏了没人修", "environment-sanitation", "文化宫站台");
        Ticket merged = kit.staff.merge(b.number(), a.number(), staff);
        assertThat(merged.status()).isEqualTo(TicketStatus.DUPLICATE);
        assertThat(merged.duplicateOf()).isEqualTo(a.number());
        assertThat(kit.staff.get(a.number()).followerCount()).isEqualTo(2);
        assertThat(kit.residents.findFor("o-merge-bbbb2", a.number())).isPresent();

        Report report = kit.staff.reports(a.number()).get(0);
        assertThat(report.mergedTicket()).isEqualTo(b.number());
        Ticket back = kit.staff.split(a.number(), report.id(), staff);
        assertThat(back.number()).isEqualTo(b.number());
        assertThat(back.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(kit.staff.get(a.number()).followerCount()).isEqualTo(1);
    }

    @Test
    void aResidentsReReportCanBeSplitIntoItsOwnTicket() {
        Ticket first = kit.fileNew("o-split-aaaa1", "路灯不亮", "public-facilities", "青年路88号");
        kit.file("o-split-bbbb2", "m:split-2", "路灯不亮已经一周", "public-facilities", "青年路88号");
        Report report = kit.staff.reports(first.number()).get(0);
        assertThat(report.openid()).isEqualTo("o-split-bbbb2");
        Ticket own = kit.staff.split(first.number(), report.id(), Actor.staff("op"));
        assertThat(own.number()).isNotEqualTo(first.number());
        assertThat(own.openid()).isEqualTo("o-split-bbbb2");
        assertThat(own.description()).isEqualTo("路灯不亮已经一周");
        assertThat(kit.staff.get(first.number()).followerCount()).isEqualTo(1);
    }
}
