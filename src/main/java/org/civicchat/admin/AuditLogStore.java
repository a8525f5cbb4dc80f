package org.civicchat.admin;

import org.springframework.stereotype.Component;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.resps.StreamEntry;

import java.util.List;
import java.util.Map;

/** Every sign-in and every change made by staff, newest last, capped at about 100,000 entries. */
@Component
class AuditLogStore {

    private static final String KEY = "cc:admin:audit";

    private final UnifiedJedis redis;

    AuditLogStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    void append(AuditEntry entry) {
        redis.xadd(KEY, XAddParams.xAddParams().maxLen(100_000).approximateTrimming(),
                Map.of("who", entry.who(), "action", entry.action(), "target", entry.target(),
                        "outcome", entry.outcome()));
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
