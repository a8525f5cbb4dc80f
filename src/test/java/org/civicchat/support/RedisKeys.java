package org.civicchat.support;

import redis.clients.jedis.UnifiedJedis;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a request wrote to Redis, judged from the key names before and after it. The shared test app keeps its
 * scheduled jobs running meanwhile (volunteer reminder claims appear, the ticket jobs tidy indexes away), so keys
 * those jobs write on their own, and keys that disappeared, are not the request's doing.
 */
public final class RedisKeys {

    private RedisKeys() {
    }

    public static Set<String> all(UnifiedJedis redis) {
        return new TreeSet<>(redis.keys("*"));
    }

    public static Set<String> addedSince(UnifiedJedis redis, Set<String> before) {
        Set<String> added = all(redis);
        added.removeAll(before);
        added.removeIf(RedisKeys::writtenByScheduledJobs);
        return added;
    }

    private static boolean writtenByScheduledJobs(String key) {
        return key.startsWith("cc:va:") && key.contains(":remind:");
    }
}
