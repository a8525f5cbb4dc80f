package org.civicchat.dialog;

import org.civicchat.store.StoreUnavailable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;
import tools.jackson.databind.json.JsonMapper;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Questions residents left for a person ("人工"): the newest 1,000, each with the resident and the time, for
 * the office to answer through the customer-service messages. Kept apart from the FAQ's unanswered queue,
 * which counts questions rather than people waiting.
 */
@Component
class HandoverStore {

    static final String KEY = "cc:dialog:handover";
    private static final int KEEP = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UnifiedJedis redis;

    HandoverStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    void keep(String openid, String question, long at) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("openid", openid);
        entry.put("question", question == null ? "" : question);
        entry.put("at", at);
        try {
            redis.lpush(KEY, JSON.writeValueAsString(entry));
            redis.ltrim(KEY, 0, KEEP - 1);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("keep a question for staff", e);
        }
    }

    List<String> newest(int limit) {
        try {
            return redis.lrange(KEY, 0, Math.max(0, limit - 1));
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("read the questions kept for staff", e);
        }
    }
}
