package org.civicchat.notice;

import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Notices in the whole app: topics in the chat, pushes landing in the sandbox outbox, tracked links. */
@AppTest
class NoticeFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    ResidentNotifier notifier;
    PortalClient portal;
    AdminClient admin;

    @BeforeEach
    void connect() {
        portal = new PortalClient(port);
        admin = new AdminClient(port);
    }

    private static String resident() {
        return "o-notice-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private String subscribe(String who) {
        return portal.replyText(portal.encrypted(Messages.event(who, "subscribe", null)));
    }

    private JsonNode awaitDone(String noticeId) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                "done".equals(admin.get("/api/admin/notices/" + noticeId).json().get("status").asString()));
        return admin.get("/api/admin/notices/" + noticeId).json();
    }

    private String outbox(String who) {
        return portal.get("/simulator/outbox?openid=" + who).body();
    }

    @Test
    void residentSubscribesGetsTheInvitationInTheSandboxOutboxAndAnswersTheSurvey() {
        String who = resident();
        assertThat(subscribe(who)).contains("欢迎关注");
        String quiz = "invite-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/admin/surveys", """
                {"id": "%s", "title": "光影秀满意度", "questions": [
                  {"id": "q1", "kind": "rating", "text": "您对光影秀满意吗？"}]}""".formatted(quiz)).status())
                .isEqualTo(201);

        var invited = admin.post("/api/admin/surveys/" + quiz + "/invite",
                "{\"audience\": {\"type\": \"openids\", \"value\": [\"" + who + "\"]}}");
        assertThat(invited.status()).isEqualTo(202);
        JsonNode status = awaitDone(invited.json().get("notice").asString());
        assertThat(status.get("queued").asLong()).isEqualTo(1);
        assertThat(status.get("sent").asLong()).isEqualTo(1);
        assertThat(outbox(who)).contains("诚邀您参与《光影秀满意度》").contains("问卷 " + quiz);

        assertThat(portal.ask(who, "问卷 " + quiz)).contains("（1/1）您对光影秀满意吗？");
        assertThat(portal.ask(who, "5")).contains("问卷已完成");
        JsonNode results = admin.get("/api/admin/surveys/" + quiz + "/results").json();
        assertThat(results.get("responses").asLong()).isEqualTo(1);
        assertThat(results.get("satisfaction").get("average").asDouble()).isEqualTo(5.0);
    }

    @Test
    void newSubscriberFollowsTheDefaultTopics() {
        String who = resident();
        subscribe(who);
        assertThat(portal.ask(who, "我的订阅")).contains("1. 志愿活动（已订阅）").contains("2. 测评提醒\n")
                .contains("4. 社区服务（已订阅）");
    }

    @Test
    void residentFollowsAndLeavesTopicsInTheChat() {
        String who = resident();
        assertThat(portal.ask(who, "订阅光影秀")).startsWith("已为您订阅“光影秀”");
        assertThat(portal.ask(who, "订阅 光影秀")).startsWith("您已经订阅了“光影秀”");
        assertThat(portal.ask(who, "我的订阅")).contains("3. 光影秀（已订阅）");
        assertThat(portal.ask(who, "退订光影秀")).startsWith("已为您取消订阅“光影秀”");
        assertThat(portal.ask(who, "订阅志愿")).startsWith("已为您订阅“志愿活动”");
        assertThat(portal.ask(who, "退订")).startsWith("已为您退订全部通知");
        assertThat(portal.ask(who, "我的订阅")).doesNotContain("已订阅）");
        assertThat(portal.ask(who, "订阅天气")).startsWith("可订阅的通知主题：");
    }

    @Test
    void unsubscribedResidentIsNeverPushedTo() {
        String who = resident();
        subscribe(who);
        portal.encrypted(Messages.event(who, "unsubscribe", null));
        var sent = admin.post("/api/admin/notices", """
                {"title": "社区服务", "body": "本周日义诊。", "audience": {"type": "openids", "value": ["%s"]}, "sendAt": null}"""
                .formatted(who));
        assertThat(sent.status()).isEqualTo(202);
        JsonNode status = awaitDone(sent.json().get("id").asString());
        assertThat(status.get("queued").asLong()).isZero();
        assertThat(outbox(who)).isEqualTo("[]");
    }

    @Test
    void linkClickRedirectsToThePageAndCountsOncePerResident() {
        String who = resident();
        subscribe(who);
        var sent = admin.post("/api/admin/notices", """
                {"title": "光影秀", "body": "周五晚七点，广场光影秀。", "link": "https://example.org/show",
                 "audience": {"type": "openids", "value": "%s"}}""".formatted(who));
        String id = sent.json().get("id").asString();
        awaitDone(id);
        Matcher link = Pattern.compile("详情：https?://[^/]+(/n/[^\"\\\\\\s]+)").matcher(outbox(who));
        assertThat(link.find()).isTrue();

        var click = admin.anonymousGet(link.group(1));
        assertThat(click.status()).isEqualTo(302);
        assertThat(click.location()).isEqualTo("https://example.org/show");
        admin.anonymousGet(link.group(1));
        assertThat(admin.get("/api/admin/notices/" + id).json().get("opened").asLong()).isEqualTo(1);

        String forged = link.group(1).substring(0, link.group(1).length() - 3) + "abc";
        assertThat(admin.anonymousGet(forged).status()).isEqualTo(404);
    }

    @Test
    void ticketStatusThroughTheResidentNotifierReachesTheResident() {
        String who = resident();
        subscribe(who);
        notifier.tell(new ResidentNotice(who, "ticket:WM9:resolved:" + who, "您反映的问题已办结，感谢您的监督！",
                "ticket-status", Map.of(), null));
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox(who).contains("您反映的问题已办结"));
    }

    @Test
    void badNoticeRequestsAreClearBadRequests() {
        assertThat(admin.post("/api/admin/notices", "{\"title\": \"t\", \"audience\": {\"type\": \"all\"}}").json()
                .get("field").asString()).isEqualTo("body");
        assertThat(admin.post("/api/admin/notices", "{\"body\": \"b\", \"audience\": {\"type\": \"topic\", \"value\": \"天气\"}}")
                .body()).contains("unknown topic");
        assertThat(admin.post("/api/admin/notices", "{\"body\": \"b\", \"audience\": {\"type\": \"everyone\"}}")
                .status()).isEqualTo(400);
        assertThat(admin.post("/api/admin/notices", "{\"body\": \"b\", \"link\": \"javascript:alert(1)\", \"audience\": {\"type\": \"all\"}}")
                .json().get("field").asString()).isEqualTo("link");
        assertThat(admin.get("/api/admin/notices/N-nope").status()).isEqualTo(404);
        assertThat(admin.anonymousGet("/api/admin/notices/N-nope").status()).isEqualTo(401);
    }
}
