package org.civicchat.dialog;

import org.civicchat.faq.FaqDecision;
import org.civicchat.faq.FaqService;
import org.civicchat.faq.FaqSettings;
import org.civicchat.nlp.Intent;
import org.civicchat.nlp.NlpService;
import org.civicchat.nlp.NlpSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The intent is decided with the FAQ's answer: plain services over the real FAQ content and the real model. */
class UnderstandingTest {

    private static Understanding understanding;

    @BeforeAll
    static void build() {
        understanding = new Understanding(new NlpService(new NlpSettings(Path.of("target", "nlp-test-no-data-dir"))),
                new FaqService(FaqSettings.defaults(), null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"遛狗一定要拴绳吗？", "在路边摆摊卖菜允许吗", "垃圾可以晚上扔吗", "车停在人行道上会被罚款吗"})
    void aQuestionAboutARuleThatNamesAComplaintTopicReachesTheFaq(String text) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.analysis().intent()).isEqualTo(Intent.FAQ);
        assertThat(understood.ambiguous()).isFalse();
        assertThat(understood.faq()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"有害垃圾", "违章停车"})
    void aThingNamedAloneThatAnEntryAnswersAsksOnceWhetherTheRuleOrAReportIsMeant(String text) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.ambiguous()).isTrue();
        assertThat(understood.faq().kind()).isEqualTo(FaqDecision.Kind.ANSWER);
    }

    @ParameterizedTest
    @CsvSource({"垃圾分类, garbage-four-classes", "电动车充电, ebike-indoor-charging", "高空抛物, high-altitude-throwing",
            "养犬登记, dog-registration"})
    void aTopicNamedAloneThatReadsClearlyAsAQuestionIsAnswered(String text, String id) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.ambiguous()).isFalse();
        assertThat(understood.answeredId()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"公园步道有积水", "健身步道上的灯坏了"})
    void aStatementOfAProblemIsNeverAnsweredWithTheEntryItsWordsAreNear(String text) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.answeredId()).isNull();
        assertThat(understood.analysis().intent() == Intent.COMPLAINT || understood.ambiguous()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "我报的井盖问题没修好就结单了，能否重新反映, ticket-unsatisfied",
        "我的工单能不能撤回, ticket-withdraw",
        "我反映的问题，被反映的人会知道是谁报的吗, personal-info-privacy",
        "我想举报邻居乱搭棚子，怕被他知道是我报的，我的信息会保密吗, personal-info-privacy",
    })
    void askingWhatTheServiceAllowsForOnesOwnReportIsAnsweredFromTheFaq(String text, String id) {
        assertThat(understanding.understand(text).answeredId()).isEqualTo(id);
    }

    @Test
    void askingWhatWouldHappenToOnesReportIsAQuestionNotAStatusQuery() {
        Understanding.Understood understood = understanding.understand("万一我报的问题处理不了会告诉我吗");

        assertThat(understood.analysis().intent()).isEqualTo(Intent.FAQ);
        assertThat(understood.answeredId()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"报的那个井盖松了的 弄好没", "下午报的路灯不亮 有人去看了吗", "我上周五提交的关于噪音的投诉，现在进展如何？"})
    void anEarlierReportAskedAfterWithoutItsSubjectOrByTheHourIsATicketQuery(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isEqualTo(Intent.TICKET_QUERY);
    }

    @Test
    void aQuestionAfterWhatOneDidIsStillAQuestion() {
        assertThat(understanding.understand("我已经办了狗证，还要年审吗").answeredId()).isEqualTo("dog-registration");
    }

    @Test
    void aStoryEndingInDoubtAsksWhetherTheRuleIsSo() {
        assertThat(understanding.understand("刚才开车在人行横道前没让行人，同事说会扣三分，真的假的").answeredId())
                .isEqualTo("traffic-zebra-crossing");
    }

    @Test
    void aStatusQuestionTellingWhenItWasReportedStaysATicketQuery() {
        assertThat(understanding.understand("上次我反映的时候说三天修好，现在修了吗").analysis().intent())
                .isEqualTo(Intent.TICKET_QUERY);
    }

    @Test
    void anEarlierReportThatWasNeverHeardOfAgainIsATicketQuery() {
        assertThat(understanding.understand("上个月投诉的那个噪音问题，到现在一直没有消息").analysis().intent())
                .isEqualTo(Intent.TICKET_QUERY);
    }

    @Test
    void aQuestionNoEntryAnswersIsStillAQuestionNotAComplaintDraft() {
        Understanding.Understood understood = understanding.understand("阳台上能晾衣服不");

        assertThat(understood.analysis().intent()).isEqualTo(Intent.FAQ);
        assertThat(understood.analysis().category()).isNull();
    }

    @Test
    void aProblemAskedAsAQuestionTheFaqCannotAnswerIsAReport() {
        // a complaint voiced as a question (这算怎么回事): no entry answers it, and it reads most like a report
        Understanding.Understood u = understanding.understand("小区里三天没来水了 也没个通知 这算怎么回事");

        assertThat(u.analysis().intent()).isEqualTo(Intent.COMPLAINT);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"狗在小区里拉了屎主人不捡 罚不罚", "晚上广场舞音响开到多大声算扰民 有规定没"})
    void askingWhatTheRuleSaysOfAProblemWithoutAPlaceIsAQuestion(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isEqualTo(Intent.FAQ);
    }

    @Test
    void theSameQuestionAboutAProblemAtANamedPlaceIsNotTakenForARuleQuestionAlone() {
        Understanding.Understood u = understanding.understand("青年路上有人遛狗不拴绳 罚不罚");

        assertThat(u.analysis().intent() == Intent.COMPLAINT || u.ambiguous()).isTrue();
    }

    @Test
    void aOneClauseQuestionTheFaqCannotAnswerIsNoReport() {
        assertThat(understanding.understand("哪里有加油站").analysis().intent()).isNotEqualTo(Intent.COMPLAINT);
        assertThat(Understanding.saysSomethingBeforeAsking("三天没来水了 这算怎么回事")).isTrue();
        assertThat(Understanding.saysSomethingBeforeAsking("附近哪里有加油站？")).isFalse();
    }

    @Test
    void aShortNonCommittalReplyGetsNoConfidentAnswer() {
        Understanding.Understood understood = understanding.understand("还行吧");

        assertThat(understood.answeredId()).isNull();
        assertThat(understood.faq() == null || understood.faq().confidence() < 0.5).isTrue();
    }

    @Test
    void aStatementOfAProblemAtAPlaceStaysAComplaint() {
        Understanding.Understood understood = understanding.understand("青年路88号门口的路灯坏了好几天");

        assertThat(understood.analysis().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(understood.analysis().category()).isEqualTo("public-facilities");
        assertThat(understood.faq()).isNull();
        assertThat(understood.readings()).containsKeys("faq", "complaint");
        assertThat(understood.readings().get("complaint")).isGreaterThan(understood.readings().get("faq"));
    }

    /** A reference to an earlier report plus a question of how it went, in words no cue list spells out. */
    @ParameterizedTest
    @ValueSource(strings = {"井盖那个修了没", "之前投诉楼上装修那事怎么样了", "我投诉的狗叫那事有人管没", "上回说的那个路灯到底修没修",
            "我上礼拜报的垃圾桶的事现在啥情况", "我前几天提的那个问题有下文没", "上次反映的事情有没有人跟进", "还没人来修吗",
            "麻烦看下我那个单子"})
    void aStatusQuestionInWordsIsATicketQuery(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isEqualTo(Intent.TICKET_QUERY);
    }

    /** Wordings no cue word of ours names; before the example reading they were small talk or an unanswered question. */
    @ParameterizedTest(name = "[{0}] is a {1} complaint")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "早高峰那个匝道口排的车一眼望不到头      | road-traffic",
            "车站售票口老有人不排队直接挤到最前面    | uncivil-behavior",
            "门外桥洞里堆了一大堆旧沙发和破床垫      | environment-sanitation",
            "湖边的木头栈道断了几块板，踩上去直晃    | public-facilities",
    })
    void aStatementReadingLikeOurExampleComplaintsIsAComplaintWithTheirCategory(String text, String category) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.analysis().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(understood.analysis().category()).isEqualTo(category);
        assertThat(understood.answeredId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"帮我订个外卖", "今天心情不错", "我在上班呢"})
    void smallTalkStatementsDoNotBecomeComplaints(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isNotEqualTo(Intent.COMPLAINT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"你好啊小助手", "小助手你好", "你好机器人", "早上好呀工作人员"})
    void aGreetingThatNamesTheAssistantIsAGreeting(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isEqualTo(Intent.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"收到", "好的收到", "你几岁了", "你吃饭了吗", "你累不累"})
    void smallTalkIsNeverAnsweredFromTheFaq(String text) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.analysis().intent()).isEqualTo(Intent.OTHER);
        assertThat(understood.faq()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"小区里能养鸡不", "楼道里能放花盆吗", "晚上没人的时候遛狗能不拴绳不", "车压着盲道停会被罚不"})
    void aQuestionWhetherSomethingIsAllowedIsAQuestionNotAReport(String text) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.analysis().intent()).isEqualTo(Intent.FAQ);
        assertThat(understood.ambiguous()).isFalse();
        assertThat(understood.faq()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我反映的问题一般会转给谁处理", "我反映的事别人能看到吗", "我报的问题一般几天能处理",
            "我提交以后谁来处理，会通知我吗", "我投诉了大概几天能解决", "报上去的问题多久能处理"})
    void aGeneralQuestionAboutHowReportsAreHandledIsAnsweredFromTheFaq(String text) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.analysis().intent()).isEqualTo(Intent.FAQ);
        assertThat(understood.answeredId()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"路边那块地被围起来盖房了 也没见有什么手续", "有几个人在雕塑上乱涂乱画"})
    void aStatementOfAProblemWithAQuestionWordUsedAsAnIndefiniteIsAReport(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isEqualTo(Intent.COMPLAINT);
    }

    /** Something said or asked before is a report only when the message asks how it went. */
    @ParameterizedTest
    @ValueSource(strings = {"以前说的垃圾分类现在还要求吗", "上回问的文明城市测评什么时候开始", "上次说的那个活动怎么报名"})
    void aQuestionThatRecallsEarlierWordsButAsksAboutARuleIsAQuestion(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isEqualTo(Intent.FAQ);
    }

    /** No cue word names these problems; the example messages nearest them are complaints, and the fusion reads so. */
    @ParameterizedTest
    @ValueSource(strings = {"广场上的石凳被人砸掉了一个角", "路边那排冬青死了一大半 没人补种"})
    void aStatementThatReadsLikeOurExampleComplaintsIsAReport(String text) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.analysis().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(understood.intentScores().get("complaint")).isGreaterThan(0.5);
    }

    @Test
    void askingForAServiceNowIsThatServiceAndAskingHowItWorksIsAQuestion() {
        assertThat(understanding.understand("我就想现在把问卷填了").analysis().intent()).isEqualTo(Intent.SURVEY);
        assertThat(understanding.understand("那我这就把问卷答了").analysis().intent()).isEqualTo(Intent.SURVEY);
        assertThat(understanding.understand("把我的工单都列出来").analysis().intent()).isEqualTo(Intent.TICKET_QUERY);
        assertThat(understanding.understand("怎么查工单进度").analysis().intent()).isEqualTo(Intent.FAQ);
        assertThat(understanding.understand("问卷在哪里填").analysis().intent()).isEqualTo(Intent.FAQ);
    }

    /** A problem, then asking the office to fix it or when it will be fixed, is a report however politely worded. */
    @ParameterizedTest
    @ValueSource(strings = {"河面上全是漂着的垃圾袋 能派人捞一下吗", "人行横道的白线都看不清了，什么时候能重新画",
            "楼上阳台搭了个铁皮棚子，这难道不算违建吗"})
    void askingTheOfficeToFixAProblemIsAReport(String text) {
        Understanding.Understood understood = understanding.understand(text);

        assertThat(understood.analysis().intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(understood.analysis().category()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"路边摆摊可以吗", "小广告一般谁来清理", "晚上遛狗可以不牵绳吗"})
    void askingWhatIsAllowedOrWhoHandlesItStaysAQuestion(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isEqualTo(Intent.FAQ);
    }

    /** How to look up a report's progress asks how the service works, even when it names the progress words. */
    @ParameterizedTest
    @ValueSource(strings = {"怎么查我前几天反映的事办到哪了", "在哪能看到我投诉的事处理到哪一步"})
    void howToLookUpAReportIsAQuestion(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isEqualTo(Intent.FAQ);
    }

    @Test
    void everyServiceEntryThatStandsForAServiceIsInTheFaq() {
        FaqService faq = new FaqService(FaqSettings.defaults(), null, null);
        for (String id : Understanding.SERVICE_REQUESTS.keySet()) {
            assertThat(faq.answerById(id)).as(id).isPresent();
        }
    }

    /** What a resident answers a draft's 在哪里 is its place, not another report, however near our examples it reads. */
    @ParameterizedTest
    @ValueSource(strings = {"就在我家楼下", "水厂宿舍1025栋", "3号楼和5号楼中间", "您好,我是幸福里小区8号楼的住户"})
    void anAnswerToWhereIsNeverMadeAReportByTheExamplesAlone(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isNotEqualTo(Intent.COMPLAINT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"👍", "？？", "🐶🐶"})
    void aMessageTheModelCannotReadIsNeverAReport(String text) {
        assertThat(understanding.understand(text).analysis().intent()).isEqualTo(Intent.OTHER);
    }

    @Test
    void aBareAddressIsNeverReadAsAReportWhateverItsNumber() {
        for (int number = 1; number <= 1200; number += 7) {
            for (String text : List.of("幸福路" + number + "号", "长安街" + number + "号门口", "桃园小区" + number + "号楼南边",
                    "职工宿舍" + number + "栋")) {
                assertThat(understanding.understand(text).analysis().intent()).as(text).isNotEqualTo(Intent.COMPLAINT);
            }
        }
    }
}
