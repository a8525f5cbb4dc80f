package org.civicchat.notice;

import org.civicchat.store.RedisScript;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.List;

/**
 * The account's mass sends per calendar month (Beijing time), reserved when a mass notice is accepted and
 * given back when WeChat refuses it for good.
 * <pre>
 * cc:notice:{nt}:mass:&lt;yyyyMM&gt;   string  mass notices reserved in that month (kept 62 days)
 * </pre>
 */
@Component
class MassQuotaStore {

    private static final Duration KEEP = Duration.ofDays(62);
    private static final RedisScript RESERVE = new RedisScript("""
            local used = tonumber(redis.call('GET', KEYS[1]) or '0')
            if used >= tonumber(ARGV[1]) then return -1 end
            used = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return used
            """);

    private final UnifiedJedis redis;

    MassQuotaStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    private static String key(String month) {
        return NoticeStore.PREFIX + "mass:" + month;
    }

    /** @return false (and nothing counted) when {@code limit} sends of that month are reserved already */
    boolean reserve(String month, int limit) {
        Object used = RESERVE.run(redis, List.of(key(month)), List.of(Integer.toString(limit),
                Long.toString(KEEP.toMillis())));
        return ((Number) used).longValue() > 0;
    }

    void release(String month) {
        if (redis.decr(key(month)) < 0) {
            redis.set(key(month), "0");
        }
    }

    long used(String month) {
        String used = redis.get(key(month));
        return used == null ? 0 : Long.parseLong(used);
    }
}
