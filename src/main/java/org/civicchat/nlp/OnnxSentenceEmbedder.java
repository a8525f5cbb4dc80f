package org.civicchat.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BAAI bge-small-zh-v1.5, quantized to 8 bits (ONNX, 24 MB inside its Maven artifact), run in-process by ONNX
 * Runtime: 512 dimensions, unit length, about 1.5 ms a short sentence on one core. Recent texts are kept in a
 * bounded Caffeine cache keyed by their folded form (size-bounded, frequency-aware eviction, hit and miss
 * counts for {@link #cacheStats}); two threads asking for the same new text run the model once. It does not read more than the model's 512
 * tokens of a text (longer passages are split and averaged by the library).
 */
final class OnnxSentenceEmbedder implements SentenceEmbedder {

    static final String MODEL_ID = "bge-small-zh-v1.5-q8-lc4j-0.36.2";
    static final int DIMENSION = 512;
    /** About 2 kB a vector: 8192 of them are 17 MB at most, enough for an FAQ's texts and the day's questions. */
    static final int CACHE_SIZE = 8192;
    private static final Logger log = LoggerFactory.getLogger(OnnxSentenceEmbedder.class);

    /** Loads the model on first use, once per JVM. */
    static final class Holder {
        static final SentenceEmbedder INSTANCE = new OnnxSentenceEmbedder();

        private Holder() {
        }
    }

    private final BgeSmallZhV15QuantizedEmbeddingModel model;
    private final Cache<String, float[]> recent = Caffeine.newBuilder().maximumSize(CACHE_SIZE).recordStats().build();

    private OnnxSentenceEmbedder() {
        long started = System.nanoTime();
        this.model = new BgeSmallZhV15QuantizedEmbeddingModel();
        embed("模型预热");
        log.info("Sentence embedding model {} ready in {} ms", MODEL_ID, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(String text) {
        String key = TextNormalizer.normalize(text == null ? "" : text).strip();
        if (key.isEmpty()) {
            return new float[DIMENSION];
        }
        return recent.get(key, k -> model.embed(k).content().vector());
    }

    @Override
    public EmbeddingCacheStats cacheStats() {
        CacheStats stats = recent.stats();
        return new EmbeddingCacheStats(stats.hitCount(), stats.missCount(), recent.estimatedSize());
    }
}
