package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void fullWidthDigitsBecomeAscii() {
        assertThat(TextNormalizer.normalize("光明路３２号")).isEqualTo("光明路32号");
    }

    @Test
    void fullWidthLettersAndPunctuationBecomeHalfWidth() {
        assertThat(TextNormalizer.normalize("ＷＭ２０２６１１２５－０００７！")).isEqualTo("wm20261125-0007!");
    }

    @Test
    void traditionalCharactersBecomeSimplified() {
        assertThat(TextNormalizer.normalize("長安路的路燈壞了，垃圾桶滿了")).isEqualTo("长安路的路灯坏了,垃圾桶满了");
    }

    @Test
    void latinLettersBecomeLowerCase() {
        assertThat(TextNormalizer.normalize("KTV吵到半夜 Hello")).isEqualTo("ktv吵到半夜 hello");
    }

    @Test
    void emojiAreRemoved() {
        assertThat(TextNormalizer.normalize("垃圾没人收😡😡👍🏻")).isEqualTo("垃圾没人收");
    }

    @Test
    void joinersVariationSelectorsAndControlCharactersAreRemoved() {
        assertThat(TextNormalizer.normalize("路\u200b灯\u200d坏\uFE0F了\u0007❤️")).isEqualTo("路灯坏了");
    }

    @Test
    void whitespaceRunsCollapseAndEdgesAreTrimmed() {
        assertThat(TextNormalizer.normalize("  青年路 \t\n　88号\u00A0 ")).isEqualTo("青年路 88号");
    }

    @Test
    void chinesePunctuationOutsideTheFullWidthBlockIsKept() {
        assertThat(TextNormalizer.normalize("你好。【随手拍】")).isEqualTo("你好。【随手拍】");
    }

    @Test
    void nullAndEmptyTextGiveEmptyText() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize("")).isEmpty();
        assertThat(TextNormalizer.normalize("😂 😂")).isEmpty();
    }

    @Test
    void rareCharactersOutsideTheBasicPlaneAreKept() {
        assertThat(TextNormalizer.normalize("𠀀路")).isEqualTo("𠀀路");
    }

    @Test
    void everyNormalisedSpanMapsBackToTheTextAsTyped() {
        NormalizedText text = TextNormalizer.normalizeWithOffsets("😀 長安路 \u3000北段３２號👍的路燈");
        assertThat(text.text()).isEqualTo("长安路 北段32号的路灯");
        int start = text.text().indexOf("长安路");
        assertThat(text.rawSpan(start, start + 3)).isEqualTo("長安路");
        int number = text.text().indexOf("北段32号");
        assertThat(text.rawSpan(number, number + 5)).isEqualTo("北段３２號");
        assertThat(text.rawSpan(start, text.text().length())).isEqualTo("長安路 \u3000北段３２號👍的路燈");
    }
}
