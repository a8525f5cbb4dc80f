package org.civicchat.store;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;

/**
 * {@code /actuator/health} shows "redis" DOWN when the system of record does not answer a PING, and says which
 * topology is in use: the current master under Sentinel, the known nodes under Cluster.
 */
@Component("redis")
class RedisHealthIndicator extends AbstractHealthIndicator {

    private final UnifiedJedis redis;
    private final RedisSettings settings;

    RedisHealthIndicator(UnifiedJedis redis, RedisSettings settings) {
        super("Redis health check failed");
        this.redis = redis;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("topology", settings.topology().id());
        if (redis instanceof JedisSentineled sentineled) {
            builder.withDetail("master", String.valueOf(sentineled.getCurrentMaster()));
        }
        if (redis instanceof JedisCluster cluster) {
            builder.withDetail("nodes", cluster.getClusterNodes().size());
        }
        builder.withDetail("ping", redis.ping());
        builder.up();
    }
}
