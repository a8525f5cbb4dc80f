package org.civicchat.survey;

import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident answering surveys through the real portal, and the office reading the figures. */
@AppTest
class SurveyChatTest {

    @LocalServerPort
    int port;
    PortalClient portal;
    AdminClient admin;

    @BeforeEach
    void connect() {
        portal = new PortalClient(port);
        admin = new AdminClient(port);
    }

    private static String resident() {
        return "o-survey-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A small survey of its own per test, so the figures are exact. */
    private String createQuiz() {
        String id = "quiz-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/admin/surveys", """
                {"id": "%s", "title": "创城小测验", "intro": "三道题。",
                 "questions": [
                   {"id": "q1", "kind": "single", "text": "我区创建的是？", "options": ["全国文明典范城市", "国家卫生城市"],
                    "correct": 0, "tip": "是全国文明典范城市。"},
                   {"id": "q2", "kind": "multi", "text": "您参加过哪些活动？", "options": ["志愿服务", "文明劝导", "社区清洁"]},
                   {"id": "q3", "kind": "rating", "text": "您对社区环境满意吗？"}
                 ]}""".formatted(id));
        assertThat(created.status()).isEqualTo(201);
        return id;
    }

    @Test
    void residentAnswersTheWholeAwarenessSurveyOneQuestionPerMessage() {
        String who = resident();
        String first = portal.ask(who, "问卷");
        assertThat(first).contains("知晓率调查").contains("共8题").contains("（1/8）我区正在创建")
                .contains("1. 全国文明城市").contains("2. 全国文明典范城市");
        assertThat(portal.ask(who, "2")).startsWith("回答正确！").contains("（2/8）");
        assertThat(portal.ask(who, "第一个")).startsWith("正确答案是：2. 社区").contains("（3/8）");
        assertThat(portal.ask(who, "常态长效、全时全域创建")).startsWith("回答正确！").contains("（4/8）").contains("可多选");
        assertThat(portal.ask(who, "１、２、３、４")).startsWith("回答正确！").contains("（5/8）");
        String q6 = portal.ask(who, "3");
        assertThat(q6).contains("订阅志愿活动").contains("（6/8）您愿意参加哪些志愿服务");
        assertThat(portal.ask(who, "1和3")).contains("（7/8）").contains("5 表示非常满意");
        assertThat(portal.ask(who, "5分")).contains("（8/8）");
        assertThat(portal.ask(who, "希望多组织周末的志愿活动")).contains("问卷已完成").contains("感谢您的参与");
        assertThat(portal.ask(who, "问卷 awareness-2026")).contains("您已经完成过");
    }

    @Test
    void questionShownOnlyIfAnEarlierAnswerMatchesIsSkippedOtherwise() {
        String who = resident();
        portal.ask(who, "问卷 awareness-2026");
        for (String answer : new String[]{"2", "2", "2", "1、2、3、4"}) {
            portal.ask(who, answer);
        }
        assertThat(portal.ask(who, "经常参加")).contains("（7/8）").doesNotContain("您愿意参加哪些志愿服务");
    }

    @Test
    void exitPausesAndSurveyKeywordResumesWhereTheResidentLeft() {
        String who = resident();
        portal.ask(who, "问卷 awareness-2026");
        portal.ask(who, "2");
        assertThat(portal.ask(who, "退出")).contains("问卷已暂停").contains("回复“问卷”");
        assertThat(portal.ask(who, "你好")).doesNotContain("（2/8）");
        String resumed = portal.ask(who, "问卷");
        assertThat(resumed).startsWith("欢迎回来，我们从第2题继续。").contains("（2/8）文明城市创建的主要抓手");
        assertThat(portal.ask(who, "2")).startsWith("回答正确！").contains("（3/8）");
    }

    @Test
    void secondAttemptIsToldTheSurveyIsAlreadyCompleted() {
        String quiz = createQuiz();
        String who = resident();
        portal.ask(who, "问卷 " + quiz);
        portal.ask(who, "1");
        portal.ask(who, "1");
        assertThat(portal.ask(who, "4")).contains("问卷已完成");
        assertThat(portal.ask(who, "问卷 " + quiz)).contains("您已经完成过《创城小测验》");
        assertThat(admin.get("/api/admin/surveys/" + quiz + "/results").json().get("responses").asLong()).isEqualTo(1);
    }

    @Test
    void answerItCannotReadGetsTheQuestionAgainWithAHint() {
        String who = resident();
        portal.ask(who, "问卷 awareness-2026");
        String reply = portal.ask(who, "9");
        assertThat(reply).startsWith("抱歉，没能识别您的回答。请回复序号（1–4）。").contains("（1/8）我区正在创建");
        assertThat(portal.ask(who, "今天天气不错")).contains("没能识别").contains("（1/8）");
        assertThat(portal.ask(who, "全国文明典范城市")).startsWith("回答正确！");
    }

    @Test
    void emptyAnswerGetsTheQuestionAgain() {
        String who = resident();
        portal.ask(who, "问卷 awareness-2026");
        assertThat(portal.ask(who, "   ")).startsWith("没有收到您的回答。").contains("（1/8）");
        String photo = portal.replyText(portal.encrypted(Messages.image(who, "media-1")));
        assertThat(photo).startsWith("没有收到您的回答。").contains("（1/8）");
    }

    @Test
    void multiAnswerWithOneBadNumberIsRefusedAsAWhole() {
        String quiz = createQuiz();
        String who = resident();
        portal.ask(who, "问卷 " + quiz);
        portal.ask(who, "1");
        assertThat(portal.ask(who, "1、7")).contains("没能识别").contains("多个用顿号隔开").contains("（2/3）");
    }

    @Test
    void menuClickStartsTheSurveyOfItsKey() {
        String quiz = createQuiz();
        String reply = portal.replyText(portal.encrypted(Messages.event(resident(), "CLICK", "survey:" + quiz)));
        assertThat(reply).contains("【创城小测验】").contains("三道题。").contains("（1/3）我区创建的是？");
    }

    @Test
    void retryOfTheSameAnswerMessageCountsOnce() {
        String quiz = createQuiz();
        String who = resident();
        portal.ask(who, "问卷 " + quiz);
        portal.ask(who, "1");
        portal.ask(who, "2");
        long msgId = Messages.nextId();
        String first = portal.replyText(portal.encrypted(Messages.text(who, "5", msgId)));
        String retry = portal.replyText(portal.encrypted(Messages.text(who, "5", msgId)));
        assertThat(retry).isEqualTo(first).contains("问卷已完成");
        assertThat(admin.get("/api/admin/surveys/" + quiz + "/results").json().get("responses").asLong()).isEqualTo(1);
    }

    @Test
    void resultsShowTalliesAwarenessAndSatisfactionOfCompletedAnswerSets() {
        String quiz = createQuiz();
        answer(quiz, "1", "1、2", "5");
        answer(quiz, "1", "2", "4");
        answer(quiz, "2", "1、2、3", "1");
        String paused = resident();
        portal.ask(paused, "问卷 " + quiz);
        portal.ask(paused, "2");
        portal.ask(paused, "退出");

        JsonNode results = admin.get("/api/admin/surveys/" + quiz + "/results").json();
        assertThat(results.get("responses").asLong()).isEqualTo(3);
        JsonNode q1 = results.get("questions").get(0);
        assertThat(q1.get("id").asString()).isEqualTo("q1");
        assertThat(q1.get("options").get(0).get("text").asString()).isEqualTo("全国文明典范城市");
        assertThat(q1.get("options").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(q1.get("options").get(1).get("count").asLong()).isEqualTo(1);
        JsonNode q2 = results.get("questions").get(1);
        assertThat(q2.get("options").findValues("count")).extracting(JsonNode::asLong).containsExactly(2L, 3L, 1L);
        JsonNode q3 = results.get("questions").get(2);
        assertThat(q3.get("options").findValues("count")).extracting(JsonNode::asLong).containsExactly(1L, 0L, 0L, 1L, 1L);
        assertThat(results.get("awareness").get("hits").asLong()).isEqualTo(2);
        assertThat(results.get("awareness").get("of").asLong()).isEqualTo(3);
        assertThat(results.get("awareness").get("rate").asDouble()).isEqualTo(0.6667);
        assertThat(results.get("satisfaction").get("average").asDouble()).isEqualTo(3.33);
        assertThat(results.get("satisfaction").get("satisfiedRate").asDouble()).isEqualTo(0.6667);
    }

    @Test
    void csvExportHasOneRowPerCompletedAnswerSetAndNoOpenid() {
        String quiz = createQuiz();
        String who = answer(quiz, "1", "1、3", "4");
        var csv = admin.get("/api/admin/surveys/" + quiz + "/results.csv");
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("答卷人,完成时间,1. 我区创建的是？,2. 您参加过哪些活动？,3. 您对社区环境满意吗？");
        assertThat(lines[1]).endsWith(",全国文明典范城市,志愿服务|社区清洁,4").doesNotContain(who);
    }

    @Test
    void closedSurveyIsNoLongerAnswered() {
        String quiz = createQuiz();
        String who = resident();
        portal.ask(who, "问卷 " + quiz);
        assertThat(admin.post("/api/admin/surveys/" + quiz + "/close", "").json().get("status").asString())
                .isEqualTo("closed");
        assertThat(portal.ask(who, "1")).isEqualTo("《创城小测验》已经结束，感谢您的关注！");
        assertThat(portal.ask(who, "2")).doesNotContain("已经结束");
    }

    @Test
    void communityQuotaFullEndsTheSurveyForResidentsOfThatCommunity() {
        String id = "quota-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/admin/surveys", """
                {"id": "%s", "title": "社区调查", "quota": {"question": "c", "limits": {"东区社区": 1}},
                 "questions": [
                   {"id": "c", "kind": "single", "text": "您住在哪个社区？", "options": ["东区社区", "西区社区"]},
                   {"id": "r", "kind": "rating", "text": "您对社区满意吗？"}]}""".formatted(id)).status()).isEqualTo(201);
        answer(id, "东区", "5");
        String late = resident();
        portal.ask(late, "问卷 " + id);
        assertThat(portal.ask(late, "1")).isEqualTo("感谢您的参与！东区社区的调查名额已满，本次无需继续作答。");
        String west = resident();
        portal.ask(west, "问卷 " + id);
        portal.ask(west, "2");
        assertThat(portal.ask(west, "4")).contains("问卷已完成");
        JsonNode results = admin.get("/api/admin/surveys/" + id + "/results").json();
        assertThat(results.get("responses").asLong()).isEqualTo(2);
    }

    private String answer(String quiz, String... answers) {
        String who = resident();
        portal.ask(who, "问卷 " + quiz);
        String last = "";
        for (String a : answers) {
            last = portal.ask(who, a);
        }
        assertThat(last).contains("问卷已完成");
        return who;
    }
}
