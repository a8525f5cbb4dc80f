package org.civicchat.ticket.notices;

import org.civicchat.store.StoreUnavailable;
import org.civicchat.ticket.TicketKeys;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.ZAddParams;

import java.util.List;
import java.util.function.Supplier;

/**
 * Routine steps of a ticket (accepted, assigned, started) waiting to be told to one resident as one message:
 * a list of steps per ticket and resident, and a sorted set of when each digest is due (set by its first
 * step). A digest is claimed by exactly one node ({@code ZREM}); a step that matters more (resolved,
 * rejected) drops the digest, since its own notice says where the ticket stands.
 */
@Component
public class ProgressDigestStore {

    private final UnifiedJedis redis;

    public ProgressDigestStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    void add(String number, String openid, String step, long dueAt) {
        call("keep a routine step", () -> {
            String key = TicketKeys.digest(number, openid);
            redis.rpush(key, step);
            redis.expire(key, 7 * 24 * 3600);
            redis.zadd(TicketKeys.digestsDue(), dueAt, member(number, openid), ZAddParams.zAddParams().nx());
            return null;
        });
    }

    void drop(String number, String openid) {
        call("drop routine steps", () -> {
            redis.del(TicketKeys.digest(number, openid));
            redis.zrem(TicketKeys.digestsDue(), member(number, openid));
            return null;
        });
    }

    /** Digests due by {@code now}, as "number|openid". */
    List<String> due(long now, int limit) {
        return call("list due digests", () -> redis.zrangeByScore(TicketKeys.digestsDue(), 0, now, 0, limit));
    }

    /** Takes a due digest: its steps for exactly one caller across nodes, else empty. */
    List<String> claim(String member) {
        return call("claim a digest", () -> {
            if (redis.zrem(TicketKeys.digestsDue(), member) != 1) {
                return List.of();
            }
            String[] parts = member.split("\\|", 2);
            String key = TicketKeys.digest(parts[0], parts[1]);
            List<String> steps = redis.lrange(key, 0, -1);
            redis.del(key);
            return steps;
        });
    }

    static String member(String number, String openid) {
        return number + "|" + openid;
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable(what, e);
        }
    }
}
