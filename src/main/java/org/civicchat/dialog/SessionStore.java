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
 *
 * <p>While a message's {@link Turn} is bound to the handler thread ({@link #bind}), reads come from the session
 * the begin script read and changes are kept in the turn for the end script to write (see {@link ReplyStore}):
 * no round trip of their own. Without a turn (Redis was unreachable when the message began, or a plain-object
 * test) every call goes to Redis as it comes. The hash and the lock share the hash tag {@code {openid}} with the
 * message's de-duplication key, so the begin and end scripts run on one Cluster slot.
 */
@Component
class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);
    private static final String PREFIX = "cc:dialog:session:";
    static final long TTL_SECONDS = 1800;
    /** The complaint draft's state: what it waits for and whether its parts were read with doubt. */
    static final String DRAFT = "draft";
    /** The ticket just filed ("filed:&lt;number&gt;:&lt;millis&gt;") or shown ("shown:&lt;number&gt;"). */
    static final String TICKET = "ticket";
    static final String LAST = "last";
    /** Set after "人工" with nothing asked yet: the next words are kept for staff. */
    static final String HANDOVER = "handover";
    private static final String FLOW = "flow";
    private static final String DATA = "data";

    private final UnifiedJedis redis;
    private final ThreadLocal<Turn> current = new ThreadLocal<>();

    SessionStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    static String key(String openid) {
        return PREFIX + "{" + openid + "}";
    }

    static String lockKey(String openid) {
        return key(openid) + ":lock";
    }

    /** From now on this thread's calls about the turn's resident read and write the turn. */
    void bind(Turn turn) {
        current.set(turn);
    }

    void unbind() {
        current.remove();
    }

    private Turn turnOf(String openid) {
        Turn turn = current.get();
        return turn != null && turn.openid().equals(openid) ? turn : null;
    }

    Lock lockFor(String openid) {
        return new RedisLock(redis, lockKey(openid), ReplyStore.LOCK_LEASE_MILLIS);
    }

    Optional<OpenFlow> openFlow(String openid) {
        Turn turn = turnOf(openid);
        if (turn != null) {
            return Optional.ofNullable(flowOf(turn.slots()));
        }
        Map<String, String> fields;
        try {
            fields = redis.hgetAll(key(openid));
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
        Turn turn = turnOf(openid);
        if (turn != null) {
            turn.slot(FLOW, flow.name());
            turn.slot(DATA, flow.data());
            return;
        }
        String key = key(openid);
        try {
            redis.hset(key, Map.of("flow", flow.name(), "data", flow.data()));
            redis.expire(key, TTL_SECONDS);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("open a conversation flow", e);
        }
    }

    /** Closes the modal flow; the draft and ticket slots stay. */
    void close(String openid) {
        Turn turn = turnOf(openid);
        if (turn != null) {
            turn.slot(FLOW, null);
            turn.slot(DATA, null);
            return;
        }
        try {
            redis.hdel(key(openid), FLOW, DATA);
        } catch (JedisConnectionException e) {
            log.warn("Redis unreachable: a finished flow stays open until it expires");
        }
    }

    /** Everything kept for the resident, read at once; empty slots are null. */
    Session read(String openid) {
        Turn turn = turnOf(openid);
        Map<String, String> fields;
        if (turn != null) {
            fields = turn.slots();
        } else {
            try {
                fields = redis.hgetAll(key(openid));
            } catch (JedisConnectionException e) {
                log.warn("Redis unreachable: treating the resident as having no open flow");
                return new Session(null, null, null, null, false);
            }
        }
        return new Session(flowOf(fields), fields.get(DRAFT), fields.get(TICKET), fields.get(LAST),
                fields.containsKey(HANDOVER));
    }

    private static OpenFlow flowOf(Map<String, String> fields) {
        return fields.get(FLOW) == null ? null : new OpenFlow(fields.get(FLOW), fields.getOrDefault(DATA, ""));
    }

    String slot(String openid, String slot) {
        Turn turn = turnOf(openid);
        if (turn != null) {
            return turn.slot(slot);
        }
        try {
            return redis.hget(key(openid), slot);
        } catch (JedisConnectionException e) {
            log.warn("Redis unreachable: slot {} read as empty", slot);
            return null;
        }
    }

    /** Sets a slot; a null value clears it. */
    void slot(String openid, String slot, String value) {
        Turn turn = turnOf(openid);
        if (turn != null) {
            turn.slot(slot, value);
            return;
        }
        String key = key(openid);
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
