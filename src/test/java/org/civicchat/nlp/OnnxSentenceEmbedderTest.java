package org.civicchat.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The direct path (one tokenisation, only the [CLS] row read) must give the vector the library gives: the FAQ's
 * stored vectors were made by the library, and a resident's question is compared with them.
 */
class OnnxSentenceEmbedderTest {

    private static OnnxSentenceEmbedder.SingleThreadedBge model;

    @BeforeAll
    static void load() {
        model = new OnnxSentenceEmbedder.SingleThreadedBge();
    }

    @ParameterizedTest
    @ValueSource(strings = {"垃圾分类分为哪几类？", "晚上遛狗可以不牵绳吗", "測評員會問哪些問題", "ＷｉＦｉ密码是多少😊",
            "我家门口的人行道被一辆白色SUV堵了 我推轮椅出不来 麻烦尽快处理", "a"})
    void aResidentsMessageGetsTheLibrarysVector(String text) {
        float[] direct = model.vector(text);
        float[] library = model.libraryVector(text);

        assertThat(direct).hasSize(512);
        assertThat(SentenceEmbedder.similarity(direct, library)).isCloseTo(1.0, within(1e-5));
        assertThat(SentenceEmbedder.similarity(direct, direct)).isCloseTo(1.0, within(1e-5));
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 1500})
    void aPassageLongerThanOneWindowIsEmbeddedWholeAsTheLibraryDoes(int length) {
        String passage = "创建全国文明典范城市需要每一位市民参与。".repeat(length / 20);

        assertThat(SentenceEmbedder.similarity(model.vector(passage), model.libraryVector(passage)))
                .isCloseTo(1.0, within(1e-6));
    }
}
