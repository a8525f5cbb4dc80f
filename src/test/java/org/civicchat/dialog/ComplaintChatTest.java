package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.civicchat.ticket.Actor;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint chat with the understanding's results given directly (complaint texts), everything else
 * (locations, photos, commands) posted through the real portal.
 */
@AppTest
class ComplaintChatTest {

    private static final Pattern NUMBER = Pattern.compile("WM\\d{8}-\\d{4}");

    @LocalServerPort
    int port;
    @Autowired
    ComplaintConversation complaints;
    @Autowired
    ResidentTickets tickets;
    @Autowired
    StaffTickets staffTickets;

    @org.junit.jupiter.api.BeforeEach
    void forgetEarlierRuns() {
        org.civicchat.support.OpenTickets.withdrawAll(staffTickets);
    }

    @Test
    void aComplaintWithItsPlaceIsFiledAtOnceWithNumberCategoryPlaceAndHandlingTime() {
        String resident = resident();
        String place = "青年路" + unique() + "号";
        String reply = complain(resident, place + "的路灯不亮了", "public-facilities", place);
        assertThat(reply).containsPattern(NUMBER).contains("公共设施损坏", place, "预计处理时间", "72小时");
        Ticket t = staffTickets.get(number(reply));
        assertThat(t.openid()).isEqualTo(resident);
        assertThat(t.status()).isEqualTo(TicketStatus.SUBMITTED);
    }

    @Test
    void wordsThenAWechatLocationThenAPhotoMakeOneTicketWithThePhoto() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        String first = complain(resident, "垃圾桶满了好几天没人清", "environment-sanitation", null);
        assertThat(first).contains("什么位置").doesNotContainPattern(NUMBER);
        String second = portal.replyText(portal.encrypted(Messages.location(resident, 30.27, 120.15 + Math.random(), "滨河路" + unique() + "号")));
        assertThat(second).containsPattern(NUMBER).contains("滨河路", "环境卫生");
        String third = portal.replyText(portal.encrypted(Messages.image(resident, "media-" + resident)));
        assertThat(third).contains("照片已补充到工单 " + number(second));
        Ticket t = staffTickets.get(number(second));
        assertThat(t.photoCount()).isEqualTo(1);
        assertThat(t.latitude()).isEqualTo(30.27);
        assertThat(t.description()).isEqualTo("垃圾桶满了好几天没人清");
    }

    @Test
    void aPhotoFirstAsksWhatItIsThenWhere() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        assertThat(portal.replyText(portal.encrypted(Messages.image(resident, "m-first"))))
                .contains("收到照片", "是什么问题");
        String second = complain(resident, "绿化带被人种了菜", "greenery", null);
        assertThat(second).contains("什么位置").doesNotContainPattern(NUMBER);
        String third = portal.ask(resident, "桃园小区" + unique() + "号楼南边");
        assertThat(third).containsPattern(NUMBER).contains("绿化养护", "桃园小区");
        assertThat(staffTickets.get(number(third)).photoCount()).isEqualTo(1);
    }

    @Test
    void sayingFileAnywayFilesWithoutAPlace() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        complain(resident, "有人在公共场所吸烟还不听劝", "uncivil-behavior", null);
        String reply = portal.ask(resident, "直接提交");
        assertThat(reply).containsPattern(NUMBER).contains("不文明行为");
    }

    @Test
    void myTicketsListsOnlyMyOwnAndABareNumberInAnyFormShowsItsHistory() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        String n = number(complain(resident, "电动车在楼道飞线充电", "property-community", "锦绣家园" + unique() + "号楼"));
        complain(resident(), "别人的问题", "other", "别处" + unique() + "号");
        String list = portal.ask(resident, "我的工单");
        assertThat(list).contains(n, "小区物业", "已提交");
        assertThat(NUMBER.matcher(list).results().count()).isEqualTo(1);
        String typed = "ｗｍ" + n.substring(2, 10) + " " + n.substring(11);
        String detail = portal.ask(resident, typed);
        assertThat(detail).contains("工单 " + n, "状态：已提交", "进展：", "已提交");
    }

    @Test
    void someoneElsesTicketNumberGetsTheSameAnswerAsAnUnknownOne() {
        PortalClient portal = new PortalClient(port);
        String n = number(complain(resident(), "井盖缺失", "public-facilities", "建设路" + unique() + "号"));
        String stranger = resident();
        String theirs = portal.ask(stranger, "查询 " + n);
        String unknown = portal.ask(stranger, "查询 WM20200101-9999");
        assertThat(theirs).isEqualTo(unknown).isEqualTo(TicketReplies.NOT_FOUND);
        assertThat(portal.ask(stranger, "撤回 " + n)).isEqualTo(TicketReplies.NOT_FOUND);
        assertThat(staffTickets.get(n).status()).isEqualTo(TicketStatus.SUBMITTED);
    }

    @Test
    void aResidentAddsWordsAndWithdrawsTheirTicket() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        String n = number(complain(resident, "店外经营占用人行道", "street-vending", "解放路" + unique() + "号"));
        assertThat(portal.ask(resident, "补充 " + n + " 每天晚上七点以后最严重")).contains("已将您补充的内容加入工单");
        assertThat(staffTickets.get(n).description()).contains("每天晚上七点以后最严重");
        assertThat(portal.ask(resident, "撤回 " + n)).contains("已撤回");
        assertThat(staffTickets.get(n).status()).isEqualTo(TicketStatus.WITHDRAWN);
        assertThat(portal.ask(resident, "补充 " + n + " 还有")).isEqualTo(TicketReplies.CANNOT_CHANGE);
    }

    @Test
    void answeringNotSatisfiedReopensTheResolvedTicketWithItsHistory() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        String n = number(complain(resident, "半夜装修噪音扰民", "noise", "文化路" + unique() + "号院"));
        Actor staff = Actor.staff("op");
        staffTickets.assign(n, null, null, "王五", staff, null);
        staffTickets.transition(n, TicketStatus.IN_PROGRESS, staff, null, null, null);
        staffTickets.transition(n, TicketStatus.RESOLVED, staff, "施工方已到场", "已约谈施工方", null, null);
        assertThat(portal.ask(resident, "3")).contains("已重新办理");
        Ticket t = staffTickets.get(n);
        assertThat(t.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(t.rating()).isEqualTo(3);
        assertThat(staffTickets.log(n)).extracting(e -> e.to()).contains(TicketStatus.RESOLVED, TicketStatus.REOPENED);
        assertThat(portal.ask(resident, "查询 " + n)).contains("已处理：已约谈施工方", "重新办理");
    }

    @Test
    void twentyPhotosAtOnceKeepNineAndPolitelyRefuseTheRest() {
        PortalClient portal = new PortalClient(port);
        String resident = resident();
        List<String> replies = IntStream.range(0, 20).mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> portal.replyText(portal.encrypted(Messages.image(resident, "media-" + i)))))
                .toList().stream().map(CompletableFuture::join).toList();
        assertThat(replies).filteredOn(r -> r.equals(TicketReplies.PHOTO_LIMIT)).hasSize(11);
        assertThat(replies).allMatch(r -> !r.isBlank());
        assertThat(tickets.draft(resident).orElseThrow().photos()).hasSize(9);
    }

    private String complain(String openid, String text, String category, String location) {
        Inbound message = Inbound.builder(openid, MessageKind.TEXT).msgId(Long.toString(Messages.nextId()))
                .text(text).build();
        return complaints.onComplaint(message, new Analysis(text, text, Intent.COMPLAINT, category, location,
                List.of(), null)).text();
    }

    private static long unique() {
        return 100_000 + Math.floorMod(System.nanoTime() / 1000, 9_000_000L);
    }

    private static String resident() {
        return "o-chat-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static String number(String reply) {
        Matcher m = NUMBER.matcher(reply);
        assertThat(m.find()).as("a ticket number in: %s", reply).isTrue();
        return m.group();
    }
}
