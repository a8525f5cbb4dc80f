package org.civicchat.dialog;

import org.springframework.stereotype.Component;
import org.civicchat.store.StoreUnavailable;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.SetParams;

import java.util.Optional;

/**
 * Remembers, per WeChat message, that it is being handled and then the reply it got, so a retry (on any node)
 * runs no handler and gets the same reply. Kept 5 minutes, well past WeChat's three retries in 15 seconds.
 */
@Component
class ReplyStore {

    private static final String PREFIX = "cc:dialog:msg:";
    private static final String PENDING = "P";
    private static final String DONE = "R:";
    private static final long TTL_SECONDS = 300;

    private final UnifiedJedis redis;

    ReplyStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** @return true when this caller is the first to see the message and must handle it */
    boolean claim(String dedupKey) {
        try {
            return "OK".equals(redis.set(PREFIX + dedupKey, PENDING, SetParams.setParams().nx().ex(TTL_SECONDS)));
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("claim a message", e);
        }
    }

    void complete(String dedupKey, Reply reply) {
        try {
            redis.setex(PREFIX + dedupKey, TTL_SECONDS, DONE + reply.text());
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("remember a reply", e);
        }
    }

    void release(String dedupKey) {
        try {
            redis.del(PREFIX + dedupKey);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("release a message", e);
        }
    }

    /** The finished reply, empty while the first attempt is still being handled. */
    Optional<Reply> finished(String dedupKey) {
        String value;
        try {
            value = redis.get(PREFIX + dedupKey);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("read a reply", e);
        }
        if (value == null || !value.startsWith(DONE)) {
            return Optional.empty();
        }
        return Optional.of(Reply.text(value.substring(DONE.length())));
    }
}
