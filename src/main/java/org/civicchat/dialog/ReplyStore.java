package org.civicchat.dialog;

import org.civicchat.store.RedisScript;
import org.civicchat.store.ScriptCall;
import org.civicchat.store.StoreUnavailable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-message Redis work, in one round trip in and one out. Every key lives in the resident's hash slot
 * ({@code {openid}}), so each script runs on one Cluster shard:
 * <pre>
 * cc:dialog:msg:{openid}:&lt;dedup&gt;   string  P:&lt;ms&gt; while the first attempt runs, R:&lt;reply&gt; after; kept
 *                                    {@link Conversation#RETRY_MEMORY} (past WeChat's three retries in 15 seconds
 *                                    and past every replay the portal's ±300 s clock window still accepts)
 * cc:dialog:session:{openid}:lock    string  the lock token of the message being handled (10 s lease)
 * cc:dialog:session:{openid}         hash    the session's slots ({@link SessionStore}), 30 minutes
 * </pre>
 * The begin script claims the message (or returns the reply a retry should get, or takes over an attempt
 * whose node died), takes the resident's lock and reads the session; another feature's script that must run
 * on every message (the notice window) rides in the same pipeline. The end script stores the reply, writes
 * the slots the handlers changed and releases the lock. A retry that finds the reply costs one round trip.
 */
@Component
class ReplyStore {

    private static final String PREFIX = "cc:dialog:msg:";
    private static final String PENDING = "P:";
    private static final String DONE = "R:";
    private static final long TTL_SECONDS = Conversation.RETRY_MEMORY.toSeconds();
    static final long LOCK_LEASE_MILLIS = 10_000;

    /** KEYS dedup, lock, session; ARGV pending, ttl, token, lease, staleMillis, now. */
    private static final RedisScript BEGIN = new RedisScript("""
            local takeover = 0
            if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
              local v = redis.call('GET', KEYS[1])
              local since = v and string.sub(v, 1, 2) == 'P:' and tonumber(string.sub(v, 3))
              if since and tonumber(ARGV[6]) - since >= tonumber(ARGV[5]) then
                redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
                takeover = 1
              else
                return {'dup', v or ''}
              end
            end
            local locked = 0
            if redis.call('SET', KEYS[2], ARGV[3], 'NX', 'PX', ARGV[4]) then locked = 1 end
            return {'go', takeover, locked, redis.call('HGETALL', KEYS[3])}
            """);

    /**
     * KEYS dedup, lock, session; ARGV mode (reply|release|keep), stored reply, ttl, token, session ttl, then
     * (slot, S|D, value) triples.
     */
    private static final RedisScript END = new RedisScript("""
            if ARGV[1] == 'reply' then redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
            elseif ARGV[1] == 'release' then redis.call('DEL', KEYS[1]) end
            local set = false
            for i = 6, #ARGV - 2, 3 do
              if ARGV[i + 1] == 'S' then
                redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 2])
                set = true
              else
                redis.call('HDEL', KEYS[3], ARGV[i])
              end
            end
            if set then redis.call('EXPIRE', KEYS[3], ARGV[5]) end
            if ARGV[4] ~= '' and redis.call('GET', KEYS[2]) == ARGV[4] then redis.call('DEL', KEYS[2]) end
            return 1
            """);

    /** KEYS lock, session; ARGV token, lease: {locked (0/1), the session hash}. */
    private static final RedisScript RELOCK = new RedisScript("""
            local locked = 0
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then locked = 1 end
            return {locked, redis.call('HGETALL', KEYS[2])}
            """);

    private final UnifiedJedis redis;

    ReplyStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** What the begin script found: go on (first attempt or take-over), or a retry of a message seen before. */
    record Begun(boolean go, boolean takeover, Optional<Reply> finished) {
    }

    /**
     * @param staleMillis a pending first attempt older than this is taken over (its node died mid-message; a
     *                    live node answers or defers within the deadline, and handlers are idempotent on the message)
     * @param alongside   another feature's script to run in the same round trip, or null
     */
    Begun begin(Turn turn, long staleMillis, ScriptCall alongside) {
        long now = System.currentTimeMillis();
        List<ScriptCall> calls = new ArrayList<>(2);
        calls.add(new ScriptCall(BEGIN, List.of(dedupKey(turn), SessionStore.lockKey(turn.openid()),
                SessionStore.key(turn.openid())), List.of(PENDING + now, Long.toString(TTL_SECONDS), turn.token(),
                Long.toString(LOCK_LEASE_MILLIS), Long.toString(staleMillis), Long.toString(now))));
        if (alongside != null) {
            calls.add(alongside);
        }
        List<?> r;
        try {
            r = (List<?>) RedisScript.runAll(redis, calls).get(0);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("begin a message", e);
        }
        if ("dup".equals(r.get(0))) {
            String value = String.valueOf(r.get(1));
            return new Begun(false, false, value.startsWith(DONE)
                    ? Optional.of(Reply.text(value.substring(DONE.length()))) : Optional.empty());
        }
        turn.begun(Long.valueOf(1).equals(r.get(2)), fields((List<?>) r.get(3)));
        return new Begun(true, Long.valueOf(1).equals(r.get(1)), Optional.empty());
    }

    /** Tries the resident's lock that begin found taken (another message of theirs in flight) and reads the session again. */
    boolean relock(Turn turn) {
        List<?> r;
        try {
            r = (List<?>) RELOCK.run(redis, List.of(SessionStore.lockKey(turn.openid()), SessionStore.key(turn.openid())),
                    List.of(turn.token(), Long.toString(LOCK_LEASE_MILLIS)));
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("lock a resident's session", e);
        }
        boolean locked = Long.valueOf(1).equals(r.get(0));
        turn.begun(locked, fields((List<?>) r.get(1)));
        return locked;
    }

    /**
     * Ends the turn: {@code reply} stored for retries (null: the message is released so a retry runs it again;
     * {@code storeReply} false: the request thread gave up and stored "success" itself), the slots the
     * handlers changed written, the lock released.
     */
    void end(Turn turn, Reply reply, boolean storeReply) {
        String mode = !storeReply ? "keep" : reply == null ? "release" : "reply";
        List<String> args = new ArrayList<>(List.of(mode, reply == null ? "" : DONE + reply.text(),
                Long.toString(TTL_SECONDS), turn.locked() ? turn.token() : "",
                Long.toString(SessionStore.TTL_SECONDS)));
        turn.changes().forEach((slot, value) -> {
            args.add(slot);
            args.add(value == null ? "D" : "S");
            args.add(value == null ? "" : value);
        });
        try {
            END.run(redis, List.of(dedupKey(turn), SessionStore.lockKey(turn.openid()), SessionStore.key(turn.openid())),
                    args);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("end a message", e);
        }
    }

    /** The request thread gave up waiting: retries get "success" while the reply goes out late. */
    void complete(Turn turn, Reply reply) {
        try {
            redis.setex(dedupKey(turn), TTL_SECONDS, DONE + reply.text());
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("remember a reply", e);
        }
    }

    /** The finished reply, empty while the first attempt is still being handled. */
    Optional<Reply> finished(Turn turn) {
        String value;
        try {
            value = redis.get(dedupKey(turn));
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("read a reply", e);
        }
        if (value == null || !value.startsWith(DONE)) {
            return Optional.empty();
        }
        return Optional.of(Reply.text(value.substring(DONE.length())));
    }

    private static String dedupKey(Turn turn) {
        return PREFIX + "{" + turn.openid() + "}:" + turn.dedupKey();
    }

    private static Map<String, String> fields(List<?> flat) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put(String.valueOf(flat.get(i)), String.valueOf(flat.get(i + 1)));
        }
        return fields;
    }
}
