package org.civicchat.dialog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepliesTest {

    private static String said(String text) {
        return Replies.withoutRepeats(Reply.text(text)).text();
    }

    @Test
    void aSentenceSaidTwiceInARowIsSaidOnce() {
        assertThat(said("收到。收到。")).isEqualTo("收到。");
        assertThat(said("收到！收到！收到！我们会尽快处理。")).isEqualTo("收到！我们会尽快处理。");
    }

    @Test
    void theEndOfASentenceRepeatedAsTheNextSentenceIsDropped() {
        assertThat(said("好的，已经收到。已经收到。请问还有别的吗？")).isEqualTo("好的，已经收到。请问还有别的吗？");
    }

    @Test
    void sentencesThatOnlyLookAlikeStay() {
        assertThat(said("收到。收到了。")).isEqualTo("收到。收到了。");
        assertThat(said("第一条。\n第一条。")).isEqualTo("第一条。\n第一条。");
        assertThat(said("没有结尾的重复重复")).isEqualTo("没有结尾的重复重复");
    }

    @Test
    void aLongAnswerWithoutRepeatsComesBackUnchanged() {
        String answer = "垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。".repeat(1).concat("投放时间为每天早上七点到九点，晚上六点到八点。")
                .concat("如有疑问，可以拨打社区电话咨询？谢谢您的支持！");
        assertThat(said(answer)).isEqualTo(answer);
    }
}
