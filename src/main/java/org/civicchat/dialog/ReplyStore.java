package org.civicchat.dialog;

import org.springframework.stereotype.Component;
import org.civicchat.store.StoreUnavailable;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.SetParams;

import java.util.Optional;

/**
 * Remembers, per WeChat message, that it is being handled and then the reply it got, so a retry (on any node)
 * runs no handler and gets the same reply. Kept {@link Conversation#RETRY_MEMORY} (11 minutes): past WeChat's three
 * retries in 15 seconds and past every replay the portal's ±300 s clock window still accepts.
 */
@Component
class ReplyStore {

    private static final String PREFIX = "cc:dialog:msg:";
    private static final String PENDING = "P:";
    private static final String TAKE_OVER =
            "if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('set', KEYS[1], ARGV[2], 'EX', ARGV[3]) "
                    + "return 1 else return 0 end";
    private static final String DONE = "R:";
    private static final long TTL_SECONDS = Conversation.RETRY_MEMORY.toSeconds();

    private final UnifiedJedis redis;

    ReplyStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** @return true when this caller is the first to see the message and must handle it */
    boolean claim(String dedupKey) {
        try {
            return "OK".equals(redis.set(PREFIX + dedupKey, pendingNow(), SetParams.setParams().nx().ex(TTL_SECONDS)));
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("claim a message", e);
        }
    }

    /**
     * Takes over a message whose first attempt has been pending longer than {@code staleMillis}: its node died
     * mid-message (a live node answers or defers within the deadline). Handlers are idempotent on the message,
     * so running it again cannot file twice.
     */
    boolean takeOverIfStale(String dedupKey, long staleMillis) {
        try {
            String value = redis.get(PREFIX + dedupKey);
            if (value == null || !value.startsWith(PENDING)) {
                return false;
            }
            long since = Long.parseLong(value.substring(PENDING.length()));
            if (System.currentTimeMillis() - since < staleMillis) {
                return false;
            }
            Object won = redis.eval(TAKE_OVER, java.util.List.of(PREFIX + dedupKey),
                    java.util.List.of(value, pendingNow(), Long.toString(TTL_SECONDS)));
            return Long.valueOf(1).equals(won);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("take over a message", e);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String pendingNow() {
        return PENDING + System.currentTimeMillis();
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
