package org.civicchat.moderation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordListTest {

    private final WordList list = new WordList(List.of("傻逼", "他妈的", "办证刻章", "去死"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "你这个傻逼，管不管？|傻逼",
            "你这个傻 逼|傻逼",
            "傻.逼物业|傻逼",
            "傻，，逼|傻逼",
            "他媽的怎么还没修|他妈的",
            "辦證刻章 请联系|办证刻章",
            "去　死吧|去死"
    })
    void findsAWordThroughSpacingPunctuationFullWidthAndTraditionalForms(String text, String word) {
        assertThat(list.find(text)).containsExactly(word);
    }

    @Test
    void masksOnlyTheCharsOfTheHitAndKeepsTheRest() {
        assertThat(list.mask("你这个傻 逼！路灯坏了")).isEqualTo("你这个* *！路灯坏了");
        assertThat(list.mask("他媽的，路灯坏了")).isEqualTo("***，路灯坏了");
    }

    @Test
    void anOrdinaryComplaintHasNoHitAndIsLeftAsItIs() {
        String text = "青年路88号的路灯坏了三天，晚上很黑，请尽快修理";
        assertThat(list.find(text)).isEmpty();
        assertThat(list.mask(text)).isEqualTo(text);
    }

    @Test
    void namesEachWordOnceInTheOrderItFirstOccurs() {
        assertThat(list.find("去死 傻逼 去死")).containsExactly("去死", "傻逼");
    }

    @Test
    void anEmptyListFindsNothing() {
        WordList none = new WordList(List.of());
        assertThat(none.find("傻逼")).isEmpty();
        assertThat(none.mask("傻逼")).isEqualTo("傻逼");
        assertThat(none.find(null)).isEmpty();
    }

    @Test
    void blankAndRepeatedWordsAreDropped() {
        assertThat(new WordList(List.of(" 傻逼 ", "", "傻逼", "去死")).words()).containsExactly("傻逼", "去死");
    }
}
