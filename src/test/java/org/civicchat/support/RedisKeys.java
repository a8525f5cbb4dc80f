package org.civicchat.support;

import redis.clients.jedis.UnifiedJedis;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a request wrote to Redis, judged from the key names before and after it. The shared test app keeps its
 * scheduled jobs running meanwhile (volunteer reminder claims appear and are sent as notices, the ticket jobs
 * tidy indexes away), so keys those jobs write on their own, and keys that disappeared, are not the request's
 * doing.
 */
public final class RedisKeys {

    private static final String NOTICES = "cc:notice:{nt}:";
    private static final String REMINDER_DEDUP = NOTICES + "dedup:volunteer:";

    private RedisKeys() {
    }

    public static Set<String> all(UnifiedJedis redis) {
        return new TreeSet<>(redis.keys("*"));
    }

    public static Set<String> addedSince(UnifiedJedis redis, Set<String> before) {
        Set<String> added = all(redis);
        added.removeAll(before);
        added.removeAll(writtenBySendingReminders(redis, added));
        added.removeIf(RedisKeys::writtenByReminderClaims);
        return added;
    }

    private static boolean writtenByReminderClaims(String key) {
        return key.startsWith("cc:va:") && key.contains(":remind:");
    }

    /**
     * A reminder the job sent leaves its dedup key (holding the notice id, and ending in the resident's openid),
     * the notice itself, the resident's held queue and the send-rate counter.
     */
    private static Set<String> writtenBySendingReminders(UnifiedJedis redis, Set<String> added) {
        Set<String> reminders = new HashSet<>();
        for (String key : added) {
            if (!key.startsWith(REMINDER_DEDUP)) {
                continue;
            }
            reminders.add(key);
            String noticeId = redis.get(key);
            String openid = key.substring(key.lastIndexOf(':') + 1);
            reminders.add(NOTICES + "held:" + openid);
            for (String other : added) {
                if (noticeId != null && (other.equals(NOTICES + "n:" + noticeId)
                        || other.startsWith(NOTICES + "n:" + noticeId + ":"))) {
                    reminders.add(other);
                }
                if (other.startsWith(NOTICES + "rate:")) {
                    reminders.add(other);
                }
            }
        }
        return reminders;
    }
}
