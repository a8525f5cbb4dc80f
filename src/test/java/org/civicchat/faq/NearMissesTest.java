package org.civicchat.faq;

import org.civicchat.nlp.SentenceEmbedder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearMissesTest {

    private final SentenceEmbedder embedder = SentenceEmbedder.shared();

    @Test
    void aQuestionLikeOneOfOurOffTopicQuestionsIsNearItAndAnotherIsNot() {
        NearMisses nearMisses = new NearMisses(List.of("养兔子需要去哪里登记", "今天股票行情怎么样"), embedder);

        double pet = nearMisses.nearest("家里养的兔子要不要登记", embedder.embed("家里养的兔子要不要登记"));
        double sorting = nearMisses.nearest("垃圾分类分几类", embedder.embed("垃圾分类分几类"));

        assertThat(pet).isGreaterThan(0.8);
        assertThat(sorting).isLessThan(pet - 0.2);
    }

    @Test
    void aQuestionWordedAsOneOfThemIsReadFromTheOthers() {
        NearMisses nearMisses = new NearMisses(List.of("养兔子需要去哪里登记", "今天股票行情怎么样"), embedder);

        assertThat(nearMisses.nearest("养兔子需要去哪里登记", embedder.embed("养兔子需要去哪里登记"))).isLessThan(0.9);
        assertThat(new NearMisses(List.of("今天股票行情怎么样"), embedder)
                .nearest("今天股票行情怎么样", embedder.embed("今天股票行情怎么样"))).isEqualTo(-1);
    }

    @Test
    void theNearerAQuestionIsToAnOffTopicOneTheLessTheRankerTrustsItsBestEntry() {
        HybridRanker.Evidence far = new HybridRanker.Evidence(new double[]{0.9, 0.5}, new double[]{0.6, 0.4}, List.of(), 0.5);
        HybridRanker.Evidence near = new HybridRanker.Evidence(new double[]{0.9, 0.5}, new double[]{0.6, 0.4}, List.of(), 0.95);
        double[] lexical = new double[2];

        double trusted = HybridRanker.logistic(HybridRanker.WEIGHTS, HybridRanker.features(0, far, lexical));
        double doubted = HybridRanker.logistic(HybridRanker.WEIGHTS, HybridRanker.features(0, near, lexical));

        assertThat(doubted).isLessThan(trusted);
    }
}
