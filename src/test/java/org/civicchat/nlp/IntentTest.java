package org.civicchat.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IntentTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
            // a greeting alone, and a greeting in front of a request
            "你好                              | greeting",
            "您好！在吗？                       | greeting",
            "Hello                             | greeting",
            "早上好呀🌞                         | greeting",
            "你好，青年路的路灯坏了              | complaint",
            "在吗，我想问一下志愿者怎么报名       | faq",
            "您好 我的工单                       | ticket_query",
            "你好 我是五号楼的张大姐              | greeting",
            "下午好，我叫陈晓😊                  | greeting",
            // a survey typed with a character of the same sound
            "我想做个文卷                        | survey",
            // a reference back to the resident's own report, whatever it then asks
            "我那个工单交给哪个单位了             | ticket_query",
            "我报的那件事啥时候能弄好             | ticket_query",
            "上回投诉的油烟到现在都没人来看过      | ticket_query",
            "5号那天报的路灯 什么时候能修好        | ticket_query",
            "我前阵子那个单子显示已办结 可灯还是不亮 | ticket_query",
            "周三投诉的 到今天连个回话都没收到      | ticket_query",
            "早上好 我是刚搬来的新住户小周          | greeting",
            "谢谢啊 辛苦啦                        | other",
            "我要填问juan                         | survey",
            "新年快乐🎉                          | greeting",
            "你好呀小客服                         | greeting",
            "上回那个占道的工单麻烦再催催          | ticket_query",
            "我反映的油烟那单 说好一周内处理 都第十天了 | ticket_query",
            "之前报的事电话里说修好了 其实根本没人来修 | ticket_query",
            // tickets: asking about one's own report, versus asking how the service works
            "我的工单                           | ticket_query",
            "我上周反映的井盖怎么还没人修         | ticket_query",
            "前几天举报的违建有进展吗            | ticket_query",
            "查一下进度                         | ticket_query",
            "怎么查进度                         | faq",
            "投诉以后多久会处理                  | faq",
            // surveys: wanting one now, versus asking about them
            "问卷                              | survey",
            "我要填问卷                         | survey",
            "问卷在哪填                         | faq",
            "满意度调查是什么                    | faq",
            // a rule question versus a report of the rule being broken
            "遛狗不拴绳怎么处罚                  | faq",
            "小区里天天有人遛狗不拴绳             | complaint",
            "闯红灯扣几分                        | faq",
            "什么是文明典范城市                   | faq",
            "我要投诉                           | complaint",
            // asking whether anyone is there greets; the same words before a verb report someone
            "喂 有人没                          | greeting",
            "有人没拴狗就在楼道里遛               | complaint",
            // a sign-up and a traffic camera's photo are no earlier report
            "我儿子报了志愿者 他们一般都干些啥      | faq",
            "我开车被拍了 说是斑马线没礼让行人 这个要扣分吗 | faq",
            "我前天拍了的那个井盖修了没            | ticket_query",
            // off-topic
            "明天天气怎么样                      | other",
            "讲个笑话                           | other",
            "可乐鸡翅怎么做                      | other",
            "买什么股票好                        | other",
    })
    void intentOfTypicalMessages(String text, String intent) {
        assertThat(SharedNlp.analyze(text).intent().id()).isEqualTo(intent);
    }

    @Test
    void greetingFollowedByComplaintIsComplaint() {
        Analysis analysis = SharedNlp.analyze("您好，幸福路有个井盖丢了");
        assertThat(analysis.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(analysis.category()).isEqualTo("public-facilities");
    }

    @Test
    void wordsThatStartLikeAGreetingAreNotGreetings() {
        assertThat(SharedNlp.analyze("好几天没人收垃圾了").intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(SharedNlp.analyze("早上六点就有人在楼下装修").intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(SharedNlp.analyze("好！").intent()).isEqualTo(Intent.GREETING);
        assertThat(SharedNlp.analyze("hi").intent()).isEqualTo(Intent.GREETING);
    }

    @Test
    void bareTicketNumberIsTicketQuery() {
        assertThat(SharedNlp.analyze("WM20261125-0007").intent()).isEqualTo(Intent.TICKET_QUERY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "😂😂😂", "👍🏻", "。。。", "？"})
    void emptyAndEmojiOnlyTextIsOther(String text) {
        assertThat(SharedNlp.analyze(text).intent()).isEqualTo(Intent.OTHER);
    }

    @Test
    void nullTextIsOther() {
        assertThat(SharedNlp.analyze(null).intent()).isEqualTo(Intent.OTHER);
    }

    @Test
    void fullWidthAndTraditionalTextIsUnderstoodLikePlainText() {
        assertThat(SharedNlp.analyze("我要投訴！長安路的路燈壞了３天了").intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(SharedNlp.analyze("志願者怎麼報名？").intent()).isEqualTo(Intent.FAQ);
    }

    @Test
    void voiceRunOnWithoutPunctuationIsStillAComplaint() {
        Analysis analysis = SharedNlp.analyze("喂那个我跟你说一下就是我们家楼下那个垃圾桶满了好几天了都没人来收臭得要命");
        assertThat(analysis.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(analysis.category()).isEqualTo("environment-sanitation");
    }
}
