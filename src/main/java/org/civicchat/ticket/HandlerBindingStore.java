package org.civicchat.ticket;

import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.util.List;
import java.util.Optional;

/**
 * Which WeChat openid belongs to which handler: one-time binding codes (15 minutes), the binding both ways,
 * and the last photo a handler sent (kept 30 minutes for the next 办结).
 */
@Component
class HandlerBindingStore {

    private static final String CODE = TicketKeys.PREFIX + "bind:code:";
    private static final String BY_OPENID = TicketKeys.PREFIX + "bind:openid:";
    private static final String BY_STAFF = TicketKeys.PREFIX + "bind:staff:";
    private static final String PHOTO = TicketKeys.PREFIX + "bind:photo:";
    private static final String SEP = "\u001f";
    private static final String TAKE_CODE =
            "local v = redis.call('get', KEYS[1]) if v then redis.call('del', KEYS[1]) end return v";

    private final UnifiedJedis redis;

    HandlerBindingStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    boolean saveCode(String code, String staff, String department, long seconds) {
        return "OK".equals(redis.set(CODE + code, staff + SEP + nullToEmpty(department),
                SetParams.setParams().nx().ex(seconds)));
    }

    /** The code's owner, and the code is gone: it binds once. */
    Optional<HandlerIdentity> takeCode(String code) {
        Object value = redis.eval(TAKE_CODE, List.of(CODE + code), List.of());
        return value == null ? Optional.empty() : Optional.of(decode((String) value));
    }

    void bind(String openid, HandlerIdentity who) {
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

    Optional<String> openidOf(String staff) {
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
        String[] parts = value.split(SEP, 2);
        return new HandlerIdentity(parts[0], parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
