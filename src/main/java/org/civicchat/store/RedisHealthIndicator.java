package org.civicchat.store;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

/** {@code /actuator/health} shows "redis" DOWN when the system of record does not answer a PING. */
@Component("redis")
class RedisHealthIndicator extends AbstractHealthIndicator {

    private final UnifiedJedis redis;

    RedisHealthIndicator(UnifiedJedis redis) {
        super("Redis health check failed");
        this.redis = redis;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("ping", redis.ping());
    }
}
