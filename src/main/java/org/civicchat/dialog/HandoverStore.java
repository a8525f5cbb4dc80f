package org.civicchat.dialog;

import org.civicchat.store.StoreUnavailable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;
import tools.jackson.databind.json.JsonMapper;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.util.List;

/**
 * Questions residents left for a person ("人工"): the newest 1,000, each with the resident and the time, for
 * the office to answer through the customer-service messages. Kept apart from the FAQ's unanswered queue,
 * which counts questions rather than people waiting.
 */
@Component
class HandoverStore {

    static final String KEY = "cc:dialog:handover";
    private static final int KEEP = 1000;

    private final UnifiedJedis redis;
    private final JsonMapper json;

    HandoverStore(UnifiedJedis redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void keep(String openid, String question, long at) {
        try {
            redis.lpush(KEY, json.writeValueAsString(new Kept(openid, question == null ? "" : question, at)));
            redis.ltrim(KEY, 0, KEEP - 1);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("keep a question for staff", e);
        }
    }

    /** One question kept for staff, as stored: {"openid", "question", "at" (epoch millis)}. */
    record Kept(String openid, String question, long at) {
    }

    List<String> newest(int limit) {
        try {
            return redis.lrange(KEY, 0, Math.max(0, limit - 1));
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("read the questions kept for staff", e);
        }
    }
}
