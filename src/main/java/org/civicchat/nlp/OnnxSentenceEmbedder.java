package org.civicchat.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
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

    private final EmbeddingModel model;
    private final Cache<String, float[]> recent = Caffeine.newBuilder().maximumSize(CACHE_SIZE).recordStats().build();

    private OnnxSentenceEmbedder() {
        long started = System.nanoTime();
        this.model = new SingleThreadedBge();
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

    /**
     * The same model file and tokenizer as {@link BgeSmallZhV15QuantizedEmbeddingModel}, in a session that runs each
     * call on the calling thread. ONNX Runtime's default gives every call a pool of all cores whose threads spin
     * while they wait: with a request thread per resident that made 16 concurrent messages fight over two cores
     * (the wrk mix spent most of its CPU there). One thread per call, no spinning: the request threads are the
     * parallelism.
     */
    private static final class SingleThreadedBge extends AbstractInProcessEmbeddingModel {

        private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
        private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

        private final OnnxBertBiEncoder encoder;

        SingleThreadedBge() {
            super(Runnable::run);
            ClassLoader loader = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader();
            try (var modelFile = loader.getResourceAsStream(MODEL);
                 var tokenizer = loader.getResourceAsStream(TOKENIZER);
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                if (modelFile == null || tokenizer == null) {
                    throw new IllegalStateException("the bge-small-zh model is not on the class path");
                }
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession session = environment.createSession(modelFile.readAllBytes(), options);
                this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            } catch (OrtException | java.io.IOException e) {
                throw new IllegalStateException("could not load the sentence embedding model", e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
