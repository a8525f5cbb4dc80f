package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache in front of the sentence model: keyed by the folded text, counted, and never a different vector. */
class EmbeddingCacheTest {

    private final SentenceEmbedder model = SentenceEmbedder.shared();

    @Test
    void theSameQuestionInFullWidthOrTraditionalFormIsACacheHitWithTheSameVector() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EmbeddingCacheStats before = model.cacheStats();
        float[] first = model.embed("垃圾分類怎麼做 " + tag);
        float[] again = model.embed("垃圾分类怎么做　" + toFullWidth(tag));
        EmbeddingCacheStats after = model.cacheStats();
        assertThat(after.misses() - before.misses()).isEqualTo(1);
        assertThat(after.hits() - before.hits()).isEqualTo(1);
        assertThat(again).isSameAs(first);
    }

    @Test
    void aDifferentWordingIsAMissAndGetsItsOwnVector() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EmbeddingCacheStats before = model.cacheStats();
        float[] one = model.embed("电动车能不能进楼道充电 " + tag);
        float[] other = model.embed("请问电动车可以在楼道里充电吗 " + tag);
        EmbeddingCacheStats after = model.cacheStats();
        assertThat(after.misses() - before.misses()).isEqualTo(2);
        assertThat(after.hits() - before.hits()).isZero();
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void theHitRateIsHitsOverLookups() {
        assertThat(new EmbeddingCacheStats(3, 1, 4).hitRate()).isEqualTo(0.75);
        assertThat(EmbeddingCacheStats.NONE.hitRate()).isZero();
    }

    private static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : (char) c));
        return out.toString();
    }
}
