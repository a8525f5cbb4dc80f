package org.civicchat.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;

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

    private final SingleThreadedBge model;
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
        return recent.get(key, model::vector);
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
    static final class SingleThreadedBge extends AbstractInProcessEmbeddingModel {

        private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
        private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";
        /** BERT's window: [CLS], at most 510 tokens of text, [SEP]. */
        private static final int MAX_TOKENS = 512;

        private final OrtEnvironment environment;
        private final OrtSession session;
        private final HuggingFaceTokenizer tokenizer;
        private final OnnxBertBiEncoder encoder;

        SingleThreadedBge() {
            super(Runnable::run);
            ClassLoader loader = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader();
            try (var modelFile = loader.getResourceAsStream(MODEL);
                 var tokenizerFile = loader.getResourceAsStream(TOKENIZER);
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                if (modelFile == null || tokenizerFile == null) {
                    throw new IllegalStateException("the bge-small-zh model is not on the class path");
                }
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                byte[] tokenizerJson = tokenizerFile.readAllBytes();
                this.environment = OrtEnvironment.getEnvironment();
                this.session = environment.createSession(modelFile.readAllBytes(), options);
                this.tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson),
                        Map.of("padding", "false", "truncation", "false"));
                this.encoder = new OnnxBertBiEncoder(environment, session, new ByteArrayInputStream(tokenizerJson),
                        PoolingMode.CLS);
            } catch (OrtException | IOException e) {
                throw new IllegalStateException("could not load the sentence embedding model", e);
            }
        }

        /**
         * The unit vector of a text. A text of one window (every resident's message) is tokenised once and only the
         * [CLS] row of the output is read; a longer one (a policy passage) goes through the library, which embeds
         * it window by window and averages. Both give the library's vector for a short text.
         */
        float[] vector(String text) {
            Encoding encoding = tokenizer.encode(text);
            long[] ids = encoding.getIds();
            if (ids.length > MAX_TOKENS) {
                return libraryVector(text);
            }
            long[] shape = {1, ids.length};
            try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                 OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
                 OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape);
                 OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", mask,
                         "token_type_ids", types))) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] cls = new float[DIMENSION];
                hidden.get(cls);
                return unitLength(cls);
            } catch (OrtException e) {
                throw new IllegalStateException("the sentence embedding model failed", e);
            }
        }

        /** The library's way for any text: window by window, averaged, unit length. */
        float[] libraryVector(String text) {
            return embed(text).content().vector();
        }

        private static float[] unitLength(float[] vector) {
            double norm = 0;
            for (float value : vector) {
                norm += value * value;
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
            return vector;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
