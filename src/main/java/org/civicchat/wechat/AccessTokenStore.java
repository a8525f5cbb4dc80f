package org.civicchat.wechat;

import me.chanjar.weixin.common.redis.WxRedisOps;
import org.civicchat.store.RedisLock;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * WxJava's token cache on our Jedis, so every node shares one access token and one refresh at a time
 * (WxJava's own JedisWxRedisOps is built for Jedis 3 and fails on current Jedis).
 */
final class AccessTokenStore implements WxRedisOps {

    private static final long LOCK_LEASE_MILLIS = 15_000;

    private final UnifiedJedis redis;

    AccessTokenStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public String getValue(String key) {
        return redis.get(key);
    }

    @Override
    public void setValue(String key, String value, int expire, TimeUnit unit) {
        if (expire <= 0) {
            redis.set(key, value);
        } else {
            redis.set(key, value, SetParams.setParams().px(unit.toMillis(expire)));
        }
    }

    @Override
    public Long getExpire(String key) {
        return redis.ttl(key);
    }

    @Override
    public void expire(String key, int expire, TimeUnit unit) {
        redis.pexpire(key, unit.toMillis(expire));
    }

    @Override
    public Lock getLock(String key) {
        return new RedisLock(redis, key, LOCK_LEASE_MILLIS);
    }
}
