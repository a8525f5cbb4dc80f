package org.civicchat.volunteer;

import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the feature keeps per resident. Each resident's keys carry the hash tag {@code {vr:<openid>}}; they are
 * written after an activity's script succeeded (never inside it, so every script stays on one slot).
 * <pre>
 * cc:vr:{vr:openid}:acts           zset    activity id → start (ms): everything the resident joined or waits for
 * cc:vr:{vr:openid}:profile        hash    name, phone, community (of the last activity joined)
 * cc:vr:{vr:openid}:shown          string  the numbered list last shown, "list:3,1,7" or "mine:3,1"; 2 hours
 * cc:vr:{vr:openid}:wrong          string  wrong check-in codes in the current window
 * </pre>
 */
@Component
class VolunteerResidentStore {

    private static final Duration SHOWN_TTL = Duration.ofHours(2);

    private final UnifiedJedis redis;

    VolunteerResidentStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    private static String residentKey(String openid, String part) {
        return "cc:vr:{vr:" + openid + "}:" + part;
    }

    void joined(String openid, String id, long startsAt) {
        redis.zadd(residentKey(openid, "acts"), startsAt, id);
    }

    void left(String openid, String id) {
        redis.zrem(residentKey(openid, "acts"), id);
    }

    /** The resident's activities, latest start first. */
    List<String> activitiesOf(String openid) {
        return redis.zrevrange(residentKey(openid, "acts"), 0, -1);
    }

    Map<String, String> profile(String openid) {
        return redis.hgetAll(residentKey(openid, "profile"));
    }

    void saveProfile(String openid, String field, String value) {
        redis.hset(residentKey(openid, "profile"), field, value);
    }

    void showList(String openid, String kind, List<String> ids) {
        redis.psetex(residentKey(openid, "shown"), SHOWN_TTL.toMillis(), kind + ":" + String.join(",", ids));
    }

    /** Whether a list of this kind was shown less than {@code ago} ago. */
    boolean shownWithin(String openid, String kind, Duration ago) {
        String key = residentKey(openid, "shown");
        String shown = redis.get(key);
        return shown != null && shown.startsWith(kind + ":") && redis.pttl(key) > SHOWN_TTL.minus(ago).toMillis();
    }

    /** {kind, ids…} of the list last shown, or empty. */
    Optional<String> shownList(String openid) {
        return Optional.ofNullable(redis.get(residentKey(openid, "shown")));
    }

    /** Counts one wrong code; returns the count in the current window. */
    long wrongCode(String openid, Duration window) {
        String key = residentKey(openid, "wrong");
        long count = redis.incr(key);
        if (count == 1) {
            redis.pexpire(key, window.toMillis());
        }
        return count;
    }

    long wrongCodes(String openid) {
        String v = redis.get(residentKey(openid, "wrong"));
        return v == null ? 0 : Long.parseLong(v);
    }

    /** Minutes until the wrong-code count lapses (at least 1). */
    long wrongCodeMinutesLeft(String openid) {
        long ms = redis.pttl(residentKey(openid, "wrong"));
        return Math.max(1, (ms + 59_999) / 60_000);
    }
}
