package org.civicchat.dialog;

import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.civicchat.ticket.Actor;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident's whole ticket story through the portal: signed, encrypted WeChat messages, real understanding. */
@AppTest
class TicketChatEndToEndTest {

    private static final Pattern NUMBER = Pattern.compile("WM\\d{8}-\\d{4}");

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;
    @Autowired
    StaffTickets staffTickets;

    @org.junit.jupiter.api.BeforeEach
    void forgetEarlierRuns() {
        org.civicchat.support.OpenTickets.withdrawAll(staffTickets);
    }

    @Test
    void textThenLocationThenPhotoBecomeOneTicketWithItsPhoto() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        String place = "滨河路" + unique() + "号";
        String asked = portal.ask(resident, "垃圾桶满了好几天没人清");
        assertThat(asked).contains("什么位置").doesNotContainPattern(NUMBER);
        String filed = reply(portal, Messages.location(resident, 30 + Math.random(), 120 + Math.random(), place));
        assertThat(filed).containsPattern(NUMBER).contains("环境卫生", place, "预计处理时间");
        String photo = reply(portal, Messages.image(resident, "media-e2e-1"));
        Ticket t = staffTickets.get(number(filed));
        assertThat(photo).contains("照片已补充到工单 " + t.number());
        assertThat(staffTickets.get(t.number()).photoCount()).isEqualTo(1);
        assertThat(t.description()).isEqualTo("垃圾桶满了好几天没人清");
    }

    @Test
    void aPhotoFirstThenWordsThenAPlaceFilesWithThePhoto() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        assertThat(reply(portal, Messages.image(resident, "media-e2e-2"))).contains("收到照片", "是什么问题");
        assertThat(portal.ask(resident, "绿化带被人种了菜")).contains("什么位置");
        String place = "桃园小区" + unique() + "号楼南边";
        String filed = portal.ask(resident, place);
        assertThat(filed).containsPattern(NUMBER).contains("绿化养护");
        Ticket t = staffTickets.get(number(filed));
        assertThat(t.photoCount()).isEqualTo(1);
        assertThat(t.description()).isEqualTo("绿化带被人种了菜");
    }

    @Test
    void aVoiceMessageWithThePlaceFilesAtOnce() {
        PortalClient portal = new PortalClient(port);
        String filed = reply(portal, Messages.voice(resident(), "半夜装修噪音扰民，在文化路" + unique() + "号院"));
        assertThat(filed).containsPattern(NUMBER).contains("噪音扰民");
    }

    @Test
    void retriesOfTheFilingMessageFileOneTicketAndGetTheSameReply() throws Exception {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        String text = "解放路" + unique() + "号人行道地砖松动，很容易绊倒";
        String xml = Messages.text(resident, text, Messages.nextId());
        long before = total();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> attempts = IntStream.range(0, 3).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return reply(portal, xml);
        })).toList();
        go.countDown();
        List<String> replies = attempts.stream().map(CompletableFuture::join).toList();
        String late = reply(portal, xml);
        assertThat(replies).containsOnly(replies.get(0));
        assertThat(late).isEqualTo(replies.get(0)).containsPattern(NUMBER);
        assertThat(total() - before).isEqualTo(1);
        assertThat(tickets.ticketsOf(resident, 10)).hasSize(1);
    }

    @Test
    void twoResidentsReportingTheSameBrokenLampGetOneTicketWithTwoFollowers() {
        PortalClient portal = new PortalClient(port);
        String place = "青年路" + unique() + "号";
        String first = portal.ask(resident(), place + "的路灯不亮了");
        String number = number(first);
        String secondResident = resident();
        String second = portal.ask(secondResident, place + "门口路灯坏了，晚上很黑");
        assertThat(second).contains("已有 2 位居民反映", number);
        Ticket t = staffTickets.get(number);
        assertThat(t.followerCount()).isEqualTo(2);
        assertThat(staffTickets.list(new TicketFilter(java.util.Set.of(), null, null, null, null, null, false, place, 0, 10,
                true)).total()).isEqualTo(1);
        assertThat(portal.ask(secondResident, "我的工单")).contains(number);
    }

    @Test
    void aResidentWithdrawsTheirTicket() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        String number = number(portal.ask(resident, "解放路" + unique() + "号店外经营占道"));
        assertThat(portal.ask(resident, "撤回 " + number.toLowerCase())).contains("已撤回");
        assertThat(staffTickets.get(number).status()).isEqualTo(TicketStatus.WITHDRAWN);
        assertThat(portal.ask(resident, "查询" + number)).contains("已撤回");
    }

    @Test
    void notSatisfiedReopensTheTicketWithItsHistory() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        String number = number(portal.ask(resident, "文化路" + unique() + "号烧烤摊油烟直排"));
        Actor staff = Actor.staff("e2e");
        staffTickets.assign(number, null, null, "孙七", staff, null);
        staffTickets.transition(number, TicketStatus.IN_PROGRESS, staff, null, null, null);
        staffTickets.transition(number, TicketStatus.RESOLVED, staff, "店主已签承诺书", "已要求安装净化器", null, null);
        assertThat(portal.ask(resident, "不满意")).contains("已重新办理", number);
        Ticket t = staffTickets.get(number);
        assertThat(t.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(t.rating()).isEqualTo(3);
        assertThat(portal.ask(resident, number)).contains("已处理：已要求安装净化器", "重新办理");
    }

    @Test
    void someoneElsesOrAnUnknownNumberGetsTheSamePoliteNotFound() {
        PortalClient portal = new PortalClient(port);
        String number = number(portal.ask(resident(), "光明路" + unique() + "号井盖缺失"));
        String stranger = resident();
        assertThat(portal.ask(stranger, "查询 " + number)).isEqualTo(TicketReplies.NOT_FOUND);
        assertThat(portal.ask(stranger, "WM19990101-0001")).isEqualTo(TicketReplies.NOT_FOUND);
    }

    private long total() {
        return staffTickets.list(TicketFilter.all(0, 1)).total();
    }

    private static String reply(PortalClient portal, String xml) {
        PortalClient.Response r = portal.encrypted(xml);
        assertThat(r.status()).isEqualTo(200);
        return portal.replyText(r);
    }

    private static String resident() {
        return "o-e2e-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** House numbers no earlier run left an open ticket at (the test data directory outlives runs). */
    private static long unique() {
        return 100_000 + Math.floorMod(System.nanoTime() / 1000, 9_000_000L);
    }

    private static String number(String reply) {
        Matcher m = NUMBER.matcher(reply);
        assertThat(m.find()).as("a ticket number in: %s", reply).isTrue();
        return m.group();
    }
}
