package org.civicchat.faq;

import org.civicchat.nlp.SentenceEmbedder;
import org.civicchat.nlp.TextNormalizer;
import org.civicchat.nlp.VectorMatrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Our own questions the FAQ must not answer ({@code nlp/off-topic.txt}), many of them near misses (养兔子要登记吗
 * beside the dog-registration entry): how near a question is to the nearest of them. A question nearer to one of
 * them than to an entry's wordings is more likely another thing with the same words. A question worded exactly as
 * one of them is read from the others, as the confidence's weights were fitted ({@code ConfidenceFitTest}).
 */
final class NearMisses {

    static final String RESOURCE = "/nlp/off-topic.txt";

    private final List<String> keys;
    private final VectorMatrix vectors;

    NearMisses(List<String> questions, SentenceEmbedder embedder) {
        this.keys = questions.stream().map(NearMisses::key).toList();
        this.vectors = VectorMatrix.of(embedder.embedAll(questions), embedder.dimension());
    }

    static NearMisses fromClasspath(SentenceEmbedder embedder) {
        return new NearMisses(questions(), embedder);
    }

    static List<String> questions() {
        try (InputStream in = NearMisses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("[")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question's cosine similarity to the nearest near miss worded otherwise, -1 when there is none. */
    double nearest(String question, float[] vector) {
        String own = key(question);
        double[] similarities = vectors.similarities(vector);
        double best = -1;
        for (int i = 0; i < similarities.length; i++) {
            if (!keys.get(i).equals(own)) {
                best = Math.max(best, similarities[i]);
            }
        }
        return best;
    }

    private static String key(String text) {
        return TextNormalizer.normalize(text == null ? "" : text).strip();
    }
}
