package org.civicchat.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.SetParams;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A lock shared by every app node: {@code SET key token NX PX lease} to take it, a compare-and-delete script
 * to release it, so a node never releases a lock that expired and was taken by another. Not reentrant.
 * Releasing while Redis is unreachable logs and returns: the lease ends by itself.
 */
public final class RedisLock implements Lock {

    private static final Logger log = LoggerFactory.getLogger(RedisLock.class);
    private static final String RELEASE =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
    private static final long RETRY_MILLIS = 20;

    private final UnifiedJedis redis;
    private final String key;
    private final long leaseMillis;
    private final ThreadLocal<String> token = new ThreadLocal<>();

    public RedisLock(UnifiedJedis redis, String key, long leaseMillis) {
        if (leaseMillis <= 0) {
            throw new IllegalArgumentException("leaseMillis must be positive, was " + leaseMillis);
        }
        this.redis = redis;
        this.key = key;
        this.leaseMillis = leaseMillis;
    }

    @Override
    public boolean tryLock() {
        String candidate = UUID.randomUUID().toString();
        if ("OK".equals(redis.set(key, candidate, SetParams.setParams().nx().px(leaseMillis)))) {
            token.set(candidate);
            return true;
        }
        return false;
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(time);
        while (!tryLock()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
        }
        return true;
    }

    @Override
    public void lock() {
        try {
            lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for lock " + key, e);
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        while (!tryLock()) {
            TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
        }
    }

    @Override
    public void unlock() {
        String held = token.get();
        if (held == null) {
            return;
        }
        token.remove();
        try {
            redis.eval(RELEASE, List.of(key), List.of(held));
        } catch (JedisConnectionException e) {
            // Redis went away (or is failing over) while the lock was held: the lease ends by itself, and the
            // work done under the lock must still reach the resident, so this is not the caller's failure.
            log.warn("Could not release lock {} ({}); it expires within {} ms", key, e.toString(), leaseMillis);
        }
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("RedisLock has no conditions");
    }
}
