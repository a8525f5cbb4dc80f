package org.civicchat.notice;

import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Our copy of the account's WeChat tags.
 * <pre>
 * cc:notice:{nt}:tags     hash  tag name → WeChat tag id (members: the group set, see ResidentStore)
 * </pre>
 */
@Component
class TagStore {

    private static final String KEY = NoticeStore.PREFIX + "tags";

    private final UnifiedJedis redis;

    TagStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    Optional<Long> id(String name) {
        String id = redis.hget(KEY, name);
        return id == null ? Optional.empty() : Optional.of(Long.parseLong(id));
    }

    void put(String name, long id) {
        redis.hset(KEY, name, Long.toString(id));
    }

    /** Every tag we know, by name. */
    Map<String, Long> all() {
        Map<String, Long> tags = new TreeMap<>();
        redis.hgetAll(KEY).forEach((name, id) -> tags.put(name, Long.parseLong(id)));
        return tags;
    }
}
