package org.civicchat.store;

/** How the app reaches Redis; each is a {@link redis.clients.jedis.UnifiedJedis}, so features never know. */
public enum RedisTopology {
    /** A redis-server the app starts itself (default run, tests). */
    EMBEDDED,
    /** One external server at REDIS_URL. */
    STANDALONE,
    /** A master with replicas, found and followed through Sentinel ({@code JedisSentineled}). */
    SENTINEL,
    /** Redis Cluster ({@code JedisCluster}): keys spread over slots by hash tag. */
    CLUSTER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
