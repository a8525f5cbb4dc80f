package org.civicchat.nlp;

import org.apache.lucene.util.VectorUtil;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns a sentence into a unit-length vector whose dot product with another sentence's vector says how alike
 * their meanings are (cosine similarity). Implementations are thread-safe; a vector returned must not be changed.
 * Texts are folded by {@link TextNormalizer} first, so 垃圾分類 and 垃圾分类 get the same vector.
 */
public interface SentenceEmbedder {

    /** Names the model and its build, so that stored vectors of another model are never mixed in. */
    String modelId();

    int dimension();

    /** The vector of a resident's text (kept in a bounded cache of recent texts). */
    float[] embed(String text);

    /** The memory cache's hits and misses so far ({@link EmbeddingCacheStats#NONE} without a cache). */
    default EmbeddingCacheStats cacheStats() {
        return EmbeddingCacheStats.NONE;
    }

    /** The vectors of indexed texts (questions, passages), in order; an implementation may keep them on disk. */
    default List<float[]> embedAll(Collection<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /**
     * The model of this JVM, loaded once however many Spring contexts or services ask (it takes about a second
     * and 60 MB), with a memory cache of recent texts.
     */
    static SentenceEmbedder shared() {
        return OnnxSentenceEmbedder.Holder.INSTANCE;
    }

    /** The JVM's model, keeping indexed texts' vectors under {@code dataDir} as the app does. */
    static SentenceEmbedder sharedWithVectorsUnder(java.nio.file.Path dataDir) {
        return new StoredVectorsEmbedder(shared(), new NlpSettings(dataDir).vectorsDir());
    }

    /**
     * The dot product of two unit vectors: their cosine similarity, -1..1. To compare one question with many vectors
     * (the FAQ's wordings, the examples) use {@link VectorMatrix}, which the JIT vectorises on Java 17.
     */
    static double similarity(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }
}
