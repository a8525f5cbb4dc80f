package org.civicchat.nlp;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTest {

    private final Segmenter segmenter = SharedNlp.service().segmenter();

    @ParameterizedTest
    @ValueSource(strings = {"文明典范城市", "新时代文明实践站", "五星支部", "网格员", "随手拍", "门前三包", "光盘行动",
            "十大专项整治", "网格化"})
    void campaignTermIsOneToken(String term) {
        List<Token> tokens = segmenter.segment("我想了解" + term + "的情况");
        assertThat(tokens).extracting(Token::word).contains(term);
    }

    @Test
    void tokensAreTheInputsOwnCharactersWithExactOffsets() {
        String input = "長安路ＮＯ．３２號門口，ＫＴＶ吵😡 到半夜";
        List<Token> tokens = segmenter.segment(input);
        int expectedStart = 0;
        for (Token token : tokens) {
            assertThat(token.start()).isEqualTo(expectedStart);
            assertThat(input.substring(token.start(), token.end())).isEqualTo(token.word());
            expectedStart = token.end();
        }
        assertThat(expectedStart).isEqualTo(input.length());
    }

    @Test
    void traditionalTextSegmentsLikeSimplifiedText() {
        List<Token> traditional = segmenter.segment("網格員負責什麼");
        List<Token> simplified = segmenter.segment("网格员负责什么");
        assertThat(traditional).extracting(Token::start).isEqualTo(simplified.stream().map(Token::start).toList());
        assertThat(traditional).extracting(Token::word).contains("網格員");
    }

    @Test
    void emptyAndNullInputGiveNoTokens() {
        assertThat(segmenter.segment("")).isEmpty();
        assertThat(segmenter.segment(null)).isEmpty();
    }

    @Test
    void defaultSegmenterKnowsTheCampaignWordsToo() {
        assertThat(new Segmenter().segment("五星支部是什么")).extracting(Token::word).contains("五星支部");
    }

    @Test
    void loadingOurWordsLeavesHanlpsGlobalDictionaryAlone() {
        SharedNlp.service();
        assertThat(HanLP.segment("文明典范城市")).hasSizeGreaterThan(1);
    }

    @Test
    void randomInputIsCoveredWithoutGapsOrOverlaps() {
        Random random = new Random(7);
        String pool = "路街小区号楼单元的了在有人ａＢ３４５ 　\t😀長燈壞。，！?-";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(pool.codePointAt(pool.offsetByCodePoints(0, random.nextInt(pool.codePointCount(0, pool.length())))));
            }
            String input = text.toString();
            int expectedStart = 0;
            for (Token token : segmenter.segment(input)) {
                assertThat(token.start()).as("start in [%s]", input).isEqualTo(expectedStart);
                assertThat(input.substring(token.start(), token.end())).isEqualTo(token.word());
                expectedStart = token.end();
            }
            assertThat(expectedStart).as("covers [%s]", input).isEqualTo(input.length());
        }
    }
}
