package org.civicchat.admin;

import org.springframework.stereotype.Component;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.resps.StreamEntry;

import java.util.List;
import java.util.Map;

/**
 * Every sign-in and every change made by staff, newest last. Bounded twice: at most about 100,000 entries, and
 * each field cut to {@link #MAX_FIELD} characters, so the stream holds at most a few tens of megabytes whatever
 * callers send.
 */
@Component
class AuditLogStore {

    private static final String KEY = "cc:admin:audit";
    static final int MAX_FIELD = 200;
    static final int MAX_ENTRIES = 100_000;

    private final UnifiedJedis redis;

    AuditLogStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    void append(AuditEntry entry) {
        redis.xadd(KEY, XAddParams.xAddParams().maxLen(MAX_ENTRIES).approximateTrimming(),
                Map.of("who", cut(entry.who()), "action", cut(entry.action()), "target", cut(entry.target()),
                        "outcome", cut(entry.outcome())));
    }

    static String cut(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_FIELD ? value : value.substring(0, MAX_FIELD - 1) + "…";
    }

    List<AuditEntry> latest(int count) {
        List<StreamEntry> entries = redis.xrevrange(KEY, (StreamEntryID) null, (StreamEntryID) null, count);
        return entries.stream().map(e -> new AuditEntry(e.getID().getTime(), e.getFields().get("who"),
                e.getFields().get("action"), e.getFields().get("target"), e.getFields().get("outcome"))).toList();
    }

    /** @param at epoch millis */
    record AuditEntry(long at, String who, String action, String target, String outcome) {
        AuditEntry(String who, String action, String target, String outcome) {
            this(System.currentTimeMillis(), who, action, target, outcome);
        }
    }
}
