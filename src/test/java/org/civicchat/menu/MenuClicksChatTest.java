package org.civicchat.menu;

import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key the menu editor accepts, tapped by a resident: a signed, encrypted CLICK event through the portal. */
@AppTest
class MenuClicksChatTest {

    @LocalServerPort
    int port;
    PortalClient portal;

    @BeforeEach
    void connect() {
        portal = new PortalClient(port);
    }

    static String resident() {
        return "o-menu-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    String tap(String openid, String key) {
        PortalClient.Response r = portal.encrypted(Messages.event(openid, "CLICK", key));
        assertThat(r.status()).isEqualTo(200);
        return portal.replyText(r);
    }

    @Test
    void faqKeyAnswersThatEntry() {
        assertThat(tap(resident(), "faq:traffic-red-light")).startsWith("会的。根据道路交通安全法，行人和非机动车驾驶人违反通行规定");
    }

    @Test
    void faqKeyOfAnEntryNoLongerThereSaysSoPolitely() {
        assertThat(tap(resident(), "faq:withdrawn-entry")).isEqualTo("这条内容已更新或下线。您可以直接发送您的问题，我们会为您解答。");
    }

    @Test
    void surveyKeyStartsThatSurveyAndTheNextMessageAnswersIt() {
        String who = resident();
        String first = tap(who, "survey:awareness-2026");
        assertThat(first).contains("创建全国文明典范城市 知晓率调查").contains("1/");
    }

    @Test
    void ticketsKeyListsTheResidentsTickets() {
        String who = resident();
        assertThat(tap(who, "tickets")).isEqualTo(portal.ask(who, "我的工单"));
        String filed = portal.ask(who, "幸福路12号门口的井盖坏了，很危险");
        assertThat(filed).contains("WM");
        String number = filed.replaceAll("(?s).*?(WM\\d{8}-\\d{4,6}).*", "$1");
        long aSecondLater = System.currentTimeMillis() / 1000 + 1;
        PortalClient.Response again = portal.encrypted(Messages.eventAt(aSecondLater, who, "CLICK", "tickets"));
        assertThat(portal.replyText(again)).contains(number);
    }

    @Test
    void volunteerKeyShowsTheActivitiesList() {
        String who = resident();
        assertThat(tap(who, "volunteer")).isEqualTo(portal.ask(resident(), "志愿活动"));
    }

    @Test
    void subscribeKeyFollowsThatTopic() {
        String who = resident();
        assertThat(tap(who, "subscribe:测评提醒"))
                .isEqualTo("已为您订阅“测评提醒”，有新通知会第一时间告诉您。发送“退订测评提醒”可随时取消。");
        assertThat(portal.ask(who, "我的订阅")).contains("2. 测评提醒（已订阅）");
    }

    @Test
    void anUnknownKeyGetsTheWelcomeNotSilence() {
        assertThat(tap(resident(), "no-such-key")).startsWith("您好，欢迎关注！");
    }
}
