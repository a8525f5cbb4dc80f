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
 * Per-resident conversation state in Redis, one hash per resident with independent slots: the modal flow
 * that is open (a FAQ clarification, a survey, "更多") and its data; the state of a complaint draft
 * ({@link #DRAFT}); the ticket just filed or shown ({@link #TICKET}); the last text (for a hand-over to
 * staff). Closing the modal flow leaves the other slots alone, so a question asked while a draft waits for
 * its place does not lose the draft. A lock makes one resident's messages run one at a time across nodes.
 */
@Component
class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);
    private static final String PREFIX = "cc:dialog:session:";
    private static final long TTL_SECONDS = 1800;
    /** The complaint draft's state: what it waits for and whether its parts were read with doubt. */
    static final String DRAFT = "draft";
    /** The ticket just filed ("filed:&lt;number&gt;:&lt;millis&gt;") or shown ("shown:&lt;number&gt;"). */
    static final String TICKET = "ticket";
    static final String LAST = "last";
    /** Set after "人工" with nothing asked yet: the next words are kept for staff. */
    static final String HANDOVER = "handover";

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

    /** Closes the modal flow; the draft and ticket slots stay. */
    void close(String openid) {
        try {
            redis.hdel(PREFIX + openid, "flow", "data");
        } catch (JedisConnectionException e) {
            log.warn("Redis unreachable: a finished flow stays open until it expires");
        }
    }

    /** Everything kept for the resident, read at once; empty slots are null. */
    Session read(String openid) {
        Map<String, String> fields;
        try {
            fields = redis.hgetAll(PREFIX + openid);
        } catch (JedisConnectionException e) {
            log.warn("Redis unreachable: treating the resident as having no open flow");
            return new Session(null, null, null, null, false);
        }
        OpenFlow flow = fields.get("flow") == null ? null : new OpenFlow(fields.get("flow"), fields.getOrDefault("data", ""));
        return new Session(flow, fields.get(DRAFT), fields.get(TICKET), fields.get(LAST), fields.containsKey(HANDOVER));
    }

    String slot(String openid, String slot) {
        try {
            return redis.hget(PREFIX + openid, slot);
        } catch (JedisConnectionException e) {
            log.warn("Redis unreachable: slot {} read as empty", slot);
            return null;
        }
    }

    /** Sets a slot; a null value clears it. */
    void slot(String openid, String slot, String value) {
        String key = PREFIX + openid;
        try {
            if (value == null) {
                redis.hdel(key, slot);
            } else {
                redis.hset(key, slot, value);
                redis.expire(key, TTL_SECONDS);
            }
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("keep the conversation state", e);
        }
    }

    /** Keeps the resident's last words for a hand-over; losing them costs nothing but the hint. */
    void rememberLast(String openid, String text) {
        try {
            slot(openid, LAST, text.length() > 200 ? text.substring(0, 200) : text);
        } catch (StoreUnavailable e) {
            // the hand-over then simply has no earlier question
        }
    }

    /** The slots of a resident's session; any may be null. */
    record Session(OpenFlow flow, String draft, String ticket, String last, boolean handover) {
    }

    /** A flow the resident is in the middle of; {@code data} is the flow's own small state. */
    record OpenFlow(String name, String data) {
    }
}
