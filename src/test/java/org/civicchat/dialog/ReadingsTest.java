package org.civicchat.dialog;

import org.civicchat.nlp.NlpService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The small readers the dialog uses before the intent: cancel words, small talk, emergencies, places, status. */
class ReadingsTest {

    static NlpService nlp;

    @BeforeAll
    static void load() {
        nlp = new NlpService();
    }

    @ParameterizedTest
    @ValueSource(strings = {"取消", "算了", "算了不弄了", "不用了", "不报了", "不报了吧", "不用了，谢谢", "那就算了吧", "没事了", "不弄了。"})
    void cancelWordsEndADraft(String text) {
        assertThat(CancelWords.matches(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"取消订阅", "不用了的旧家具堆在楼道里", "算了吗", "青年路88号", "我不用这个垃圾桶"})
    void otherTextIsNoCancel(String text) {
        assertThat(CancelWords.matches(text)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"谢谢, THANKS", "谢谢你们！, THANKS", "辛苦了, THANKS", "不好意思, APOLOGY", "对不起发错了, APOLOGY",
            "你是机器人吗, ROBOT", "是真人吗, ROBOT", "人工, HUMAN", "转人工, HUMAN", "我要找人工客服, HUMAN",
            "好的, ACK", "嗯嗯, ACK", "再见, BYE", "收到, ACK", "好的收到, ACK", "晓得了, ACK", "懂了, ACK",
            "你几岁了, PERSONAL", "你吃饭了吗, PERSONAL", "您叫什么名字, PERSONAL", "你累不累呀, PERSONAL"})
    void smallTalkIsReadByKind(String text, SmallTalk.Kind kind) {
        assertThat(SmallTalk.read(text)).contains(kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"收到。谢谢|THANKS", "好的，知道了|ACK", "明白了 再见|BYE",
            "嗯嗯，辛苦了！|THANKS", "好的，转人工|HUMAN", "不好意思，发错了|APOLOGY"})
    void shortClausesThatAreAllSmallTalkAreReadAsTheWeightiestOfThem(String text, SmallTalk.Kind kind) {
        assertThat(SmallTalk.read(text)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"你们几点下班", "你家门口的路灯坏了", "你说的那个井盖修了没", "你好，楼下垃圾没人收"})
    void aQuestionOrReportAddressedToYouIsNoPersonalSmallTalk(String text) {
        assertThat(SmallTalk.read(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"收到，路灯还是不亮", "谢谢，井盖又丢了"})
    void aClauseThatIsNotSmallTalkMakesTheMessageNoSmallTalk(String text) {
        assertThat(SmallTalk.read(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"谢谢你们把路灯修好了可是旁边的又坏了", "人工湖边有垃圾", "好的路灯都被拆了", "机器人"})
    void longerOrOtherTextIsNoSmallTalk(String text) {
        assertThat(SmallTalk.read(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"建设路上有人打架, fight", "小区里着火了, fire", "楼下有人拿刀, weapon", "有个老人摔倒了, hurt",
            "闻到很大的煤气味, gas", "电线掉下来了, wires", "马路上井盖丢了, manhole", "有人落水了, water",
            "家里燃气泄漏了, gas"})
    void dangerToPeopleIsAnEmergency(String text, String kind) {
        assertThat(Emergencies.read(text)).map(Emergencies.Emergency::kind).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"着火了怎么办", "没有人受伤", "人行道地砖松动，很容易摔倒", "井盖松动了", "路灯不亮",
            "怎么预防燃气泄漏", "小区要组织消防演练吗"})
    void questionsAndHarmlessProblemsAreNoEmergency(String text) {
        assertThat(Emergencies.read(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"幸福路18号", "在幸福路18号", "桃园小区3栋", "水厂宿舍2栋", "人民公园东门", "地铁站B口", "菜市场东门"})
    void placesReadAsPlaces(String text) {
        assertThat(PlaceReading.isPlace(text, nlp.analyze(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"算了不弄了", "订阅", "这个要多久能处理", "谢谢", "你好", "我家楼下", "就在门口", "幸福路在哪里？",
            "好的"})
    void otherTextIsNoPlace(String text) {
        assertThat(PlaceReading.isPlace(text, nlp.analyze(text))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"井盖那个修了没", "前天反映的噪音处理到哪一步了", "上个月说的那个路口积水还没弄好吗",
            "路灯修好了吗", "我反映的问题有结果了吗"})
    void statusQuestionsInWords(String text) {
        assertThat(StatusQuestions.asks(text, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"路灯坏了", "垃圾分类怎么分", "井盖松动很危险"})
    void reportsAndRuleQuestionsAreNoStatusQuestions(String text) {
        assertThat(StatusQuestions.asks(text, false)).isFalse();
    }
}
