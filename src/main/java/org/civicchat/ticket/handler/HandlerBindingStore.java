package org.civicchat.ticket.handler;

import org.civicchat.ticket.TicketKeys;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.util.List;
import java.util.Optional;

/**
 * Which WeChat openid belongs to which handler: one-time binding codes (15 minutes), the binding both ways,
 * and the last photo a handler sent (kept 30 minutes for the next 办结).
 *
 * <p>Guessing a six-digit code is bounded twice: one openid gets {@link #MAX_WRONG_PER_OPENID} wrong tries
 * per code lifetime (then even a right code is refused until the window passes), and every wrong try by anyone
 * counts against every code alive at the time — a code dies after {@link #MAX_WRONG_PER_CODE} of them. A
 * global counter does the second: a code remembers its value at issue, so a check is O(1).
 */
@Component
public class HandlerBindingStore {

    private static final String CODE = TicketKeys.PREFIX + "bind:code:";
    private static final String BY_OPENID = TicketKeys.PREFIX + "bind:openid:";
    private static final String BY_STAFF = TicketKeys.PREFIX + "bind:staff:";
    private static final String PHOTO = TicketKeys.PREFIX + "bind:photo:";
    private static final String WRONG_BY_OPENID = TicketKeys.PREFIX + "bind:wrong:";
    private static final String WRONG_TOTAL = TicketKeys.PREFIX + "bind:wrong-total";
    static final int MAX_WRONG_PER_OPENID = 5;
    static final int MAX_WRONG_PER_CODE = 5;
    /**
     * KEYS: code, this openid's wrong tries, all wrong tries. ARGV: per-openid limit, per-code limit, window s.
     * Returns the code's owner (and the code is gone), false for a refused try, or the string "throttled".
     */
    private static final org.civicchat.store.RedisScript TAKE_GUARDED = new org.civicchat.store.RedisScript("""
            local mine = tonumber(redis.call('get', KEYS[2]) or '0')
            if mine >= tonumber(ARGV[1]) then return 'throttled' end
            local v = redis.call('get', KEYS[1])
            if v then
              local issued = tonumber(string.match(v, '\\031(%d+)$') or '-1')
              local total = tonumber(redis.call('get', KEYS[3]) or '0')
              redis.call('del', KEYS[1])
              if issued < 0 or total - issued < tonumber(ARGV[2]) then return v end
            end
            redis.call('incr', KEYS[3])
            if redis.call('incr', KEYS[2]) == 1 then redis.call('expire', KEYS[2], ARGV[3]) end
            return false
            """);
    private static final String SEP = "\u001f";
    private static final String TAKE_CODE =
            "local v = redis.call('get', KEYS[1]) if v then redis.call('del', KEYS[1]) end return v";

    private final UnifiedJedis redis;

    public HandlerBindingStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    boolean saveCode(String code, String staff, String department, long seconds) {
        String wrongSoFar = redis.get(WRONG_TOTAL);
        return "OK".equals(redis.set(CODE + code, staff + SEP + nullToEmpty(department) + SEP
                        + (wrongSoFar == null ? "0" : wrongSoFar), SetParams.setParams().nx().ex(seconds)));
    }

    /** The code's owner, and the code is gone (it binds once); empty for a wrong, dead or throttled try. */
    Optional<HandlerIdentity> takeCode(String openid, String code, long windowSeconds) {
        Object value = TAKE_GUARDED.run(redis, List.of(CODE + code, WRONG_BY_OPENID + openid, WRONG_TOTAL),
                List.of(Integer.toString(MAX_WRONG_PER_OPENID), Integer.toString(MAX_WRONG_PER_CODE),
                        Long.toString(windowSeconds)));
        if (!(value instanceof String s) || s.equals("throttled")) {
            return Optional.empty();
        }
        return Optional.of(decode(s));
    }

    public void bind(String openid, HandlerIdentity who) {
        String previous = redis.get(BY_STAFF + who.staff());
        if (previous != null && !previous.equals(openid)) {
            redis.del(BY_OPENID + previous);
        }
        redis.set(BY_OPENID + openid, who.staff() + SEP + nullToEmpty(who.department()));
        redis.set(BY_STAFF + who.staff(), openid);
    }

    Optional<HandlerIdentity> handlerOf(String openid) {
        String value = redis.get(BY_OPENID + openid);
        return value == null ? Optional.empty() : Optional.of(decode(value));
    }

    public Optional<String> openidOf(String staff) {
        return Optional.ofNullable(redis.get(BY_STAFF + staff));
    }

    void rememberPhoto(String openid, String mediaId) {
        redis.setex(PHOTO + openid, 1800, mediaId);
    }

    Optional<String> takePhoto(String openid) {
        Object value = redis.eval(TAKE_CODE, List.of(PHOTO + openid), List.of());
        return Optional.ofNullable((String) value);
    }

    private static HandlerIdentity decode(String value) {
        String[] parts = value.split(SEP, 3);
        return new HandlerIdentity(parts[0], parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
