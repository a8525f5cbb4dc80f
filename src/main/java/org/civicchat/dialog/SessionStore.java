package org.civicchat.dialog;

import org.civicchat.store.RedisLock;
import org.springframework.stereotype.Component;
import org.civicchat.store.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * Per-resident conversation state in Redis: which flow is open (a FAQ clarification, say) and its data,
 * and a lock so one resident's messages are handled one at a time even across nodes.
 */
@Component
class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);
    private static final String PREFIX = "cc:dialog:session:";
    private static final long TTL_SECONDS = 1800;

    private final UnifiedJedis redis;

    SessionStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    Lock lockFor(String openid) {
        return new RedisLock(redis, PREFIX + "{" + openid + "}:lock", 10_000);
    }

    Optional<OpenFlow> openFlow(String openid) {
        Map<String, String> fields;
        try {
            fields = redis.hgetAll(PREFIX + openid);
        } catch (JedisConnectionException e) {
            log.warn("Redis unreachable: treating the resident as having no open flow");
            return Optional.empty();
        }
        if (fields.isEmpty() || fields.get("flow") == null) {
            return Optional.empty();
        }
        return Optional.of(new OpenFlow(fields.get("flow"), fields.getOrDefault("data", "")));
    }

    void open(String openid, OpenFlow flow) {
        String key = PREFIX + openid;
        try {
            redis.hset(key, Map.of("flow", flow.name(), "data", flow.data()));
            redis.expire(key, TTL_SECONDS);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("open a conversation flow", e);
        }
    }

    void close(String openid) {
        try {
            redis.del(PREFIX + openid);
        } catch (JedisConnectionException e) {
            log.warn("Redis unreachable: a finished flow stays open until it expires");
        }
    }

    /** A flow the resident is in the middle of; {@code data} is the flow's own small state. */
    record OpenFlow(String name, String data) {
    }
}
