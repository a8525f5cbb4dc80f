package org.civicchat.nlp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the vectors of indexed texts (FAQ questions, passages) in one file per model under the data dir, keyed
 * by the SHA-256 of the folded text, so a restart or a console edit embeds only texts it has not seen. The file
 * is rewritten whole (to a temporary file, then moved) when texts were added; an unreadable or foreign file is
 * ignored and replaced. Residents' texts ({@link #embed}) are not stored. It does not share the file between
 * processes: two nodes on one data dir each rewrite it, and the last one wins (both are right).
 */
final class StoredVectorsEmbedder implements SentenceEmbedder {

    private static final Logger log = LoggerFactory.getLogger(StoredVectorsEmbedder.class);
    private static final int MAGIC = 0x43435645; // "CCVE"

    private final SentenceEmbedder model;
    private final Path file;
    private final Map<String, float[]> stored;

    StoredVectorsEmbedder(SentenceEmbedder model, Path directory) {
        this.model = Objects.requireNonNull(model, "model");
        this.file = directory.resolve("vectors-" + model.modelId() + ".bin");
        this.stored = read();
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text);
    }

    @Override
    public EmbeddingCacheStats cacheStats() {
        return model.cacheStats();
    }

    @Override
    public synchronized List<float[]> embedAll(Collection<String> texts) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (String text : texts) {
            String key = key(text);
            if (!stored.containsKey(key)) {
                missing.putIfAbsent(key, text);
            }
        }
        if (!missing.isEmpty()) {
            // a first start embeds the whole FAQ: on every core (each model call runs on its calling thread)
            List<String> keys = List.copyOf(missing.keySet());
            List<float[]> computed = keys.parallelStream().map(key -> model.embed(missing.get(key))).toList();
            for (int i = 0; i < keys.size(); i++) {
                stored.put(keys.get(i), computed.get(i));
            }
            write();
            log.info("Embedded {} new texts of {}; vectors kept in {}", keys.size(), texts.size(), file);
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(stored.get(key(text)));
        }
        return vectors;
    }

    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(TextNormalizer.normalize(text == null ? "" : text).strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private Map<String, float[]> read() {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return vectors;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != model.dimension()) {
                log.warn("Ignoring vector file {}: not ours or another dimension", file);
                return vectors;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                byte[] digest = new byte[32];
                in.readFully(digest);
                float[] vector = new float[model.dimension()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(digest), vector);
            }
        } catch (EOFException e) {
            log.warn("Vector file {} is cut short; the missing vectors are embedded again", file);
        } catch (IOException e) {
            log.warn("Vector file {} unreadable ({}); texts are embedded again", file, e.toString());
        }
        return vectors;
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "vectors", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(MAGIC);
                out.writeInt(model.dimension());
                out.writeInt(stored.size());
                for (Map.Entry<String, float[]> entry : stored.entrySet()) {
                    out.write(HexFormat.of().parseHex(entry.getKey()));
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not keep the vectors in {} ({}); the next start embeds them again", file, e.toString());
        }
    }
}
