package org.civicchat.support;

import redis.clients.jedis.UnifiedJedis;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a request wrote to Redis, judged from the key names before and after it. The shared test app keeps its
 * scheduled jobs running meanwhile (volunteer reminder claims appear and are sent as notices, the ticket jobs
 * notify and tidy indexes away), so keys those jobs write on their own, and keys that disappeared, are not the
 * request's doing.
 */
public final class RedisKeys {

    private static final String NOTICES = "cc:notice:{nt}:";
    private static final String DEDUP = NOTICES + "dedup:";
    private static final String HELD = NOTICES + "held:";

    private RedisKeys() {
    }

    public static Set<String> all(UnifiedJedis redis) {
        return new TreeSet<>(redis.keys("*"));
    }

    public static Set<String> addedSince(UnifiedJedis redis, Set<String> before) {
        Set<String> added = all(redis);
        added.removeAll(before);
        added.removeAll(writtenBySendingNotices(redis, added));
        added.removeIf(RedisKeys::writtenByReminderClaims);
        return added;
    }

    private static boolean writtenByReminderClaims(String key) {
        return key.startsWith("cc:va:") && key.contains(":remind:");
    }

    /**
     * A notice to one resident that a job sent (a volunteer reminder, a ticket's escalation) leaves its dedup key
     * (holding the notice id, naming the resident), the notice itself, later the resident's held queue, and the
     * send-rate counter. The dedup key may predate the snapshot while the delivery worker writes the rest during
     * the request, so every such notice in Redis counts. A broadcast from the console has no dedup key.
     */
    private static Set<String> writtenBySendingNotices(UnifiedJedis redis, Set<String> added) {
        Set<String> dedupKeys = new HashSet<>(redis.keys(DEDUP + "*"));
        Set<String> noticeKeys = new HashSet<>();
        for (String key : dedupKeys) {
            noticeKeys.add(NOTICES + "n:" + redis.get(key));
        }
        Set<String> sent = new HashSet<>();
        for (String key : added) {
            boolean ofASentNotice = dedupKeys.contains(key)
                    || noticeKeys.stream().anyMatch(notice -> key.equals(notice) || key.startsWith(notice + ":"))
                    || (key.startsWith(HELD) && dedupKeys.stream().anyMatch(d -> d.contains(":" + residentOf(key))))
                    || (key.startsWith(NOTICES + "rate:") && !dedupKeys.isEmpty());
            if (ofASentNotice) {
                sent.add(key);
            }
        }
        return sent;
    }

    private static String residentOf(String heldKey) {
        return heldKey.substring(HELD.length());
    }
}
