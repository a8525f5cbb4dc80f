package org.civicchat.store;

import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class RedisLockTest {

    @Test
    void releasingALockAfterRedisWentAwayDoesNotFailTheWorkDoneUnderIt() {
        TestRedis redis = new TestRedis();
        try (JedisPooled client = new JedisPooled("127.0.0.1", redis.port())) {
            RedisLock lock = new RedisLock(client, "cc:test:{o-1}:lock", 10_000);
            assertThat(lock.tryLock()).isTrue();
            redis.close();
            assertThatCode(lock::unlock).doesNotThrowAnyException();
        }
    }

    @Test
    void aSecondHolderWaitsUntilTheFirstReleases() {
        try (TestRedis redis = new TestRedis()) {
            RedisLock first = new RedisLock(redis.client(), "cc:test:{o-2}:lock", 10_000);
            RedisLock second = new RedisLock(redis.client(), "cc:test:{o-2}:lock", 10_000);
            assertThat(first.tryLock()).isTrue();
            assertThat(second.tryLock()).isFalse();
            first.unlock();
            assertThat(second.tryLock()).isTrue();
        }
    }
}
