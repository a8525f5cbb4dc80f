package org.civicchat.admin;

import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

import java.util.List;

/**
 * What operators decided about a ticket on the public Open311 feed: shown ("1") or hidden ("0"), one hash
 * field per ticket number in {@code cc:open311:published}; a ticket without a field follows the default of
 * {@link Open311Settings#publish}.
 */
@Component
class Open311PublicationStore {

    private static final String KEY = "cc:open311:published";

    private final UnifiedJedis redis;
    private final Open311Settings settings;

    Open311PublicationStore(UnifiedJedis redis, Open311Settings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    void mark(String number, boolean shown) {
        redis.hset(KEY, number, shown ? "1" : "0");
    }

    boolean shown(String number) {
        return byMark(redis.hget(KEY, number));
    }

    /** For each number, in order, whether the feed shows it. */
    List<Boolean> shown(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return redis.hmget(KEY, numbers.toArray(String[]::new)).stream().map(this::byMark).toList();
    }

    private boolean byMark(String mark) {
        return settings.onlyMarked() ? "1".equals(mark) : !"0".equals(mark);
    }
}
