package org.civicchat.nlp;

/**
 * How the cache of residents' texts in front of the sentence model has done since the JVM started: a hit is a
 * text (after folding) whose vector was still in memory, a miss one the model had to run for.
 */
public record EmbeddingCacheStats(long hits, long misses, long size) {

    public static final EmbeddingCacheStats NONE = new EmbeddingCacheStats(0, 0, 0);

    /** Hits over lookups, 0 before the first. */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
