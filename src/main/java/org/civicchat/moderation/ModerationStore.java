package org.civicchat.moderation;

import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The operators' word list in Redis: one string, a word a line; absent until someone saves a list. */
@Component
class ModerationStore {

    private static final String KEY = "cc:moderation:words";

    private final UnifiedJedis redis;

    ModerationStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    Optional<List<String>> load() {
        String raw = redis.get(KEY);
        return raw == null ? Optional.empty()
                : Optional.of(Arrays.stream(raw.split("\n")).filter(s -> !s.isBlank()).toList());
    }

    void save(List<String> words) {
        redis.set(KEY, String.join("\n", words));
    }
}
