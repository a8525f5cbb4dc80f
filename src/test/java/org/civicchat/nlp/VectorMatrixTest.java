package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VectorMatrixTest {

    @Test
    void givesEveryRowsCosineToTheQuestionInRowOrderAndMinusOneForARowWithoutAVector() {
        VectorMatrix matrix = VectorMatrix.of(Arrays.asList(new float[]{1, 0}, new float[]{0, 1}, null,
                new float[]{0.6f, 0.8f}, new float[]{-1, 0}), 2);

        double[] similarities = matrix.similarities(new float[]{0.6f, 0.8f});

        assertThat(similarities).hasSize(5);
        assertThat(similarities[0]).isCloseTo(0.6, within(1e-6));
        assertThat(similarities[1]).isCloseTo(0.8, within(1e-6));
        assertThat(similarities[2]).isEqualTo(-1);
        assertThat(similarities[3]).isCloseTo(1.0, within(1e-6));
        assertThat(similarities[4]).isCloseTo(-0.6, within(1e-6));
    }

    @Test
    void anEmptyMatrixHasNoSimilarities() {
        assertThat(VectorMatrix.of(List.of(), 512).similarities(new float[512])).isEmpty();
    }

    @Test
    void refusesVectorsOfAnotherDimension() {
        assertThatThrownBy(() -> VectorMatrix.of(List.of(new float[3]), 2)).isInstanceOf(IllegalArgumentException.class);
        VectorMatrix matrix = VectorMatrix.of(List.of(new float[]{1, 0}), 2);
        assertThatThrownBy(() -> matrix.similarities(new float[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
