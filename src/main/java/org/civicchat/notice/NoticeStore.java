package org.civicchat.notice;

import org.civicchat.store.RedisScript;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notices and their figures in Redis (delivery state lives in {@link DeliveryStore}).
 * <pre>
 * cc:notice:{nt}:seq                  counter behind notice ids
 * cc:notice:{nt}:index                zset   broadcast notice id → created (ms)
 * cc:notice:{nt}:due                  zset   notice id → when to queue it (ms); removed once queued
 * cc:notice:{nt}:n:&lt;id&gt;               hash   the notice, status, pausedUntil, pausedReason; a mass notice's
 *                                            massMonth, massAttempts, massMsgId, massCode, massError (see MassSend)
 * cc:notice:{nt}:n:&lt;id&gt;:stats         hash   queued, sent, failed, failed:&lt;reason&gt;, held, opened, retries, takeovers
 * cc:notice:{nt}:n:&lt;id&gt;:opened        set    link-token pseudonyms that opened the link
 * cc:notice:{nt}:n:&lt;id&gt;:queuing       string lease of the node queuing the notice
 * cc:notice:{nt}:dedup:&lt;key&gt;          string notice id told for a ResidentNotice dedupKey (at most once)
 * cc:notice:{nt}:link-secret          string shared secret for link tokens
 * </pre>
 * Single-resident notices and their keys expire after {@link #SINGLE_TTL}.
 */
@Component
class NoticeStore {

    static final String PREFIX = "cc:notice:{nt}:";
    static final Duration SINGLE_TTL = Duration.ofDays(30);
    private static final String SEQ = PREFIX + "seq";
    private static final String INDEX = PREFIX + "index";
    private static final String DUE = PREFIX + "due";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() { };

    /** Marks the notice as sending once queuing is over, and done at once when nothing is left to send. */
    private static final RedisScript QUEUED = new RedisScript("""
            local s = redis.call('HMGET', KEYS[2], 'queued', 'sent', 'failed', 'held')
            local left = tonumber(s[1] or '0') - tonumber(s[2] or '0') - tonumber(s[3] or '0') - tonumber(s[4] or '0')
            if left <= 0 then
              redis.call('HSET', KEYS[1], 'status', 'done', 'finishedAt', ARGV[1])
              return 1
            end
            if redis.call('HGET', KEYS[1], 'status') == 'queuing' then
              redis.call('HSET', KEYS[1], 'status', 'sending')
            end
            return 0
            """);

    private final UnifiedJedis redis;
    private final JsonMapper json;

    NoticeStore(UnifiedJedis redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    static String noticeKey(String id) {
        return PREFIX + "n:" + id;
    }

    static String statsKey(String id) {
        return noticeKey(id) + ":stats";
    }

    String nextId(String prefix) {
        return prefix + Long.toString(redis.incr(SEQ), 36);
    }

    /** Stores a broadcast notice and puts it on the due list for {@code notice.sendAt()}. */
    void createBroadcast(Notice notice) {
        redis.hset(noticeKey(notice.id()), fields(notice, notice.sendAt() > notice.createdAt() ? "scheduled" : "queuing"));
        redis.zadd(INDEX, notice.createdAt(), notice.id());
        redis.zadd(DUE, notice.sendAt(), notice.id());
    }

    /**
     * Stores a single-resident notice unless its dedup key was told before.
     *
     * @return false when the dedup key was already told
     */
    boolean createSingle(Notice notice, String dedupKey) {
        return createSingle(notice, dedupKey, "normal");
    }

    /** @param priority high, normal or low (see {@link ResidentNotice#priority()}), kept in the notice's hash */
    boolean createSingle(Notice notice, String dedupKey, String priority) {
        String dedup = PREFIX + "dedup:" + dedupKey;
        if (!"OK".equals(redis.set(dedup, notice.id(), SetParams.setParams().nx().ex(SINGLE_TTL.toSeconds())))) {
            return false;
        }
        Map<String, String> fields = new java.util.HashMap<>(fields(notice, "queuing"));
        fields.put("prio", priority);
        redis.hset(noticeKey(notice.id()), fields);
        redis.expire(noticeKey(notice.id()), SINGLE_TTL.toSeconds());
        return true;
    }

    Optional<Notice> find(String id) {
        Map<String, String> f = redis.hgetAll(noticeKey(id));
        if (f.isEmpty() || f.get("createdAt") == null) {
            return Optional.empty();
        }
        return Optional.of(new Notice(id, "1".equals(f.get("single")), f.get("title"), f.get("body"), f.get("link"),
                f.get("audienceType"), json.readValue(f.getOrDefault("audienceValue", "[]"), STRINGS),
                f.get("channel"), f.get("templateKey"), json.readValue(f.getOrDefault("fields", "{}"), FIELDS),
                Long.parseLong(f.get("createdAt")), Long.parseLong(f.getOrDefault("sendAt", "0"))));
    }

    Map<String, String> state(String id) {
        return redis.hgetAll(noticeKey(id));
    }

    Map<String, String> stats(String id) {
        return redis.hgetAll(statsKey(id));
    }

    /** Broadcast notice ids, newest first. */
    List<String> recent(int count) {
        return redis.zrevrange(INDEX, 0, count - 1L);
    }

    /** Notices whose time has come and that still need queuing. */
    List<String> due(long now, int count) {
        return redis.zrangeByScore(DUE, 0, now, 0, count);
    }

    /** @return true when this node now holds the queuing lease of the notice */
    boolean leaseQueuing(String id, Duration lease) {
        boolean leased = "OK".equals(redis.set(noticeKey(id) + ":queuing", "1",
                SetParams.setParams().nx().px(lease.toMillis())));
        if (leased) {
            redis.hset(noticeKey(id), "status", "queuing");
        }
        return leased;
    }

    /** Queuing is over: off the due list, sending (or done when nothing was left to send). */
    boolean finishQueuing(String id, long now) {
        Object done = QUEUED.run(redis, List.of(noticeKey(id), statsKey(id)), List.of(Long.toString(now)));
        redis.zrem(DUE, id);
        redis.del(noticeKey(id) + ":queuing");
        return ((Number) done).longValue() == 1;
    }

    void massReserved(String id, String month) {
        redis.hset(noticeKey(id), "massMonth", month);
    }

    void massAttempt(String id, int attempt) {
        redis.hset(noticeKey(id), "massAttempts", Integer.toString(attempt));
    }

    /** WeChat took the mass send (or already had it: msgId "repeat"): done, off the due list. */
    void massSent(String id, String msgId, long now) {
        redis.hset(noticeKey(id), Map.of("massMsgId", msgId, "status", "done", "finishedAt", Long.toString(now)));
        redis.hdel(noticeKey(id), "pausedUntil", "pausedReason", "massError");
        finishMass(id, now);
    }

    /** WeChat refused the mass send for good. */
    void massFailed(String id, int code, String chinese, long now) {
        redis.hset(noticeKey(id), Map.of("massCode", Integer.toString(code), "massError", chinese, "status", "done",
                "finishedAt", Long.toString(now)));
        redis.hdel(noticeKey(id), "pausedUntil", "pausedReason");
        finishMass(id, now);
    }

    /** Not now (busy, too fast, no answer): back on the due list for {@code at}, paused until then. */
    void retryMass(String id, long at, int code, String chinese) {
        redis.hset(noticeKey(id), Map.of("status", "paused", "pausedUntil", Long.toString(at),
                "pausedReason", "微信暂未接受（" + code + "）：" + chinese + "稍后自动重试。"));
        redis.zadd(DUE, at, id);
        redis.del(noticeKey(id) + ":queuing");
    }

    void finishMass(String id, long now) {
        redis.zrem(DUE, id);
        redis.del(noticeKey(id) + ":queuing");
    }

    void expireSingle(String id) {
        redis.expire(statsKey(id), SINGLE_TTL.toSeconds());
        redis.expire(DeliveryStore.deliveryKey(id), SINGLE_TTL.toSeconds());
    }

    /** @return true the first time this pseudonym opens the notice's link */
    boolean opened(String id, String pseudonym) {
        if (redis.sadd(noticeKey(id) + ":opened", pseudonym) == 1) {
            redis.hincrBy(statsKey(id), "opened", 1);
            return true;
        }
        return false;
    }

    /** The shared link secret: the configured one, else the first one any node generated. */
    String linkSecret(String configured, String candidate) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String key = PREFIX + "link-secret";
        redis.set(key, candidate, SetParams.setParams().nx());
        return redis.get(key);
    }

    /** The address the office's console was last reached at, learned for notice links; null before any. */
    String learnedLinkBase() {
        return redis.get(PREFIX + "link-base");
    }

    void learnLinkBase(String base) {
        redis.set(PREFIX + "link-base", base);
    }

    private Map<String, String> fields(Notice notice, String status) {
        Map<String, String> f = new HashMap<>();
        f.put("single", notice.single() ? "1" : "0");
        f.put("title", notice.title() == null ? "" : notice.title());
        f.put("body", notice.body() == null ? "" : notice.body());
        f.put("link", notice.link() == null ? "" : notice.link());
        f.put("audienceType", notice.audienceType());
        f.put("audienceValue", json.writeValueAsString(notice.audienceValue()));
        f.put("channel", notice.channel());
        f.put("templateKey", notice.templateKey() == null ? "" : notice.templateKey());
        f.put("fields", json.writeValueAsString(notice.fields()));
        f.put("createdAt", Long.toString(notice.createdAt()));
        f.put("sendAt", Long.toString(notice.sendAt()));
        f.put("status", status);
        return f;
    }
}
