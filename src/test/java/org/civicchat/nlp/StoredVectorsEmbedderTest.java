package org.civicchat.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A restart reads the FAQ's vectors back instead of running the model again; an edit embeds only what changed. */
class StoredVectorsEmbedderTest {

    private static final List<String> FAQ = List.of("垃圾分类分为哪几类？", "怎么注册成为志愿者", "电动车不戴头盔罚多少",
            "文明典范城市是什么", "遛狗要牵绳吗");

    @TempDir
    Path dir;

    @Test
    void aRestartOnTheSameDataDirRunsTheModelForNoText() {
        CountingModel first = new CountingModel();
        List<float[]> before = new StoredVectorsEmbedder(first, dir).embedAll(FAQ);
        CountingModel second = new CountingModel();
        List<float[]> after = new StoredVectorsEmbedder(second, dir).embedAll(FAQ);

        assertThat(first.calls.get()).isEqualTo(5);
        assertThat(second.calls.get()).isZero();
        for (int i = 0; i < FAQ.size(); i++) {
            assertThat(after.get(i)).containsExactly(before.get(i));
        }
    }

    @Test
    void anEditedQuestionIsTheOnlyTextEmbeddedAgain() {
        new StoredVectorsEmbedder(new CountingModel(), dir).embedAll(FAQ);
        CountingModel afterEdit = new CountingModel();
        List<String> edited = List.of("垃圾分类分为哪几类？", "怎么注册成为志愿者", "电动车不戴头盔罚多少",
                "文明典范城市是什么", "遛狗一定要拴绳吗");

        List<float[]> vectors = new StoredVectorsEmbedder(afterEdit, dir).embedAll(edited);

        assertThat(afterEdit.calls.get()).isEqualTo(1);
        assertThat(vectors).hasSize(5).doesNotContainNull();
    }

    @Test
    void aDamagedVectorFileIsReplacedAndTheTextsAreEmbeddedAgain() throws IOException {
        new StoredVectorsEmbedder(new CountingModel(), dir).embedAll(FAQ);
        try (var files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith("vectors-")).findFirst().orElseThrow();
            Files.write(file, new byte[] {1, 2, 3});
        }
        CountingModel afterDamage = new CountingModel();

        List<float[]> vectors = new StoredVectorsEmbedder(afterDamage, dir).embedAll(FAQ);

        assertThat(afterDamage.calls.get()).isEqualTo(5);
        assertThat(SentenceEmbedder.similarity(vectors.get(0), SentenceEmbedder.shared().embed(FAQ.get(0))))
                .isGreaterThan(0.9999);
    }

    /** The JVM's real model, counting the texts it is asked for. */
    private static final class CountingModel implements SentenceEmbedder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String modelId() {
            return SentenceEmbedder.shared().modelId();
        }

        @Override
        public int dimension() {
            return SentenceEmbedder.shared().dimension();
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            return SentenceEmbedder.shared().embed(text);
        }
    }
}
