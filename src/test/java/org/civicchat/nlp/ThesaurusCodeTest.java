package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThesaurusCodeTest {

    private static ThesaurusCode code(String code) {
        return new ThesaurusCode(code);
    }

    @Test
    void twoAnimalsOfDifferentKindsAreSiblings() {
        // 猫 and 狗 in HanLP's 词林
        assertThat(code("Bi08A01@").isSiblingOf(code("Bi07B01="))).isTrue();
        assertThat(code("Bi07B01=").isSiblingOf(code("Bi08A01@"))).isTrue();
    }

    @Test
    void wordsOfOneGroupAreNotSiblings() {
        assertThat(code("Bi07B01=").isSiblingOf(code("Bi07B01="))).isFalse();
    }

    @Test
    void theBroadestWordOfASubtreeIsNoSiblingOfTheWordsUnderIt() {
        // 车 (Bo21A01) over 摩托车 (Bo21A05); 牲畜 (Bi01A01) over 狗
        assertThat(code("Bo21A01=").isSiblingOf(code("Bo21A05@"))).isFalse();
        assertThat(code("Bi07B01=").isSiblingOf(code("Bi01A01="))).isFalse();
        assertThat(code("Bo21A06=").isSiblingOf(code("Bo21A27#"))).isTrue();
    }

    @Test
    void thingsOfDifferentSubclassesAreNotSiblings() {
        // 狗 and 驾照
        assertThat(code("Bi07B01=").isSiblingOf(code("Bp19B06="))).isFalse();
        assertThat(code("Bi07B01=").sharedLevels(code("Bp19B06="))).isEqualTo(1);
    }

    @Test
    void onlyCodesOfTheThesaurusShapeAreAccepted() {
        assertThatThrownBy(() -> code("狗")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> code("Bi07B01")).isInstanceOf(IllegalArgumentException.class);
    }
}
