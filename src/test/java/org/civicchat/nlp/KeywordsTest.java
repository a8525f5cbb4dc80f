package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordsTest {

    @Test
    void keywordsAreContentWordsInTextOrder() {
        assertThat(SharedNlp.analyze("青年路的路灯坏了好几天了").keywords())
                .contains("路灯")
                .doesNotContain("的", "了", "好几");
        assertThat(SharedNlp.analyze("井盖松了，旁边的路灯也不亮").keywords()).containsSubsequence("井盖", "路灯");
        assertThat(SharedNlp.analyze("路灯不亮，旁边的井盖也松了").keywords()).containsSubsequence("路灯", "井盖");
    }

    @Test
    void campaignTermsAreKeptWhole() {
        assertThat(SharedNlp.analyze("新时代文明实践站在哪里").keywords()).contains("新时代文明实践站");
    }

    @Test
    void atMostFiveKeywordsPreferringLongerWords() {
        assertThat(SharedNlp.analyze("小区电梯门禁楼道灯二次供水物业飞线充电垃圾桶路灯井盖全都有问题").keywords())
                .hasSizeLessThanOrEqualTo(5)
                .containsSubsequence("二次供水", "飞线充电");
    }

    @Test
    void greetingsAndEmojiGiveNoKeywords() {
        assertThat(SharedNlp.analyze("你好😊").keywords()).isEmpty();
        assertThat(SharedNlp.analyze("").keywords()).isEmpty();
    }
}
