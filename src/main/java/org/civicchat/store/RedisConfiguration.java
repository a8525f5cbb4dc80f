package org.civicchat.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.executors.ClusterCommandExecutor;
import redis.clients.jedis.providers.ClusterConnectionProvider;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;

/**
 * The one Redis connection of the app, a {@link UnifiedJedis} whatever the topology: {@link JedisPooled} for
 * the embedded or one external server, {@link JedisSentineled} (follows Sentinel's {@code +switch-master},
 * so a promoted replica is used without a restart) or {@link JedisCluster} (follows slot moves and replica
 * promotion by refreshing its slot map on errors).
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);
    /** Cluster: tries per command, and their total time, kept under WeChat's 5 s reply deadline. */
    private static final int CLUSTER_ATTEMPTS = 3;
    private static final Duration CLUSTER_RETRY_BUDGET = Duration.ofMillis(2500);

    @Bean(destroyMethod = "close")
    EmbeddedRedisHolder embeddedRedis(RedisSettings settings) {
        return new EmbeddedRedisHolder(settings.embedded()
                ? new EmbeddedRedis(settings.dataDir(), settings.embeddedPort()) : null);
    }

    @Bean(destroyMethod = "close")
    UnifiedJedis unifiedJedis(RedisSettings settings, EmbeddedRedisHolder embedded) {
        log.info("Redis topology: {} ({})", settings.topology().id(), settings.describe());
        return switch (settings.topology()) {
            case EMBEDDED -> new JedisPooled(pool(), new HostAndPort("127.0.0.1", embedded.server().port()),
                    client().build());
            case STANDALONE -> standalone(settings.url());
            case SENTINEL -> new JedisSentineled(settings.sentinelMaster(), withPassword(client(), settings.password()),
                    pool(), new LinkedHashSet<>(RedisSettings.hosts(settings.sentinels())),
                    withPassword(client(), settings.sentinelPassword()));
            case CLUSTER -> cluster(settings);
        };
    }

    private static JedisCluster cluster(RedisSettings settings) {
        LinkedHashSet<HostAndPort> nodes = new LinkedHashSet<>(RedisSettings.hosts(settings.clusterNodes()));
        ClusterConnectionProvider provider = new ClusterConnectionProvider(nodes,
                withPassword(client(), settings.password()), pool());
        return JedisCluster.builder().nodes(nodes).connectionProvider(provider)
                .commandExecutor(new ClusterOutages(new ClusterCommandExecutor(provider, CLUSTER_ATTEMPTS,
                        CLUSTER_RETRY_BUDGET)))
                .build();
    }

    private static JedisPooled standalone(String url) {
        URI uri = URI.create(url);
        DefaultJedisClientConfig.Builder client = client();
        String userInfo = uri.getUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            String user = userInfo.substring(0, userInfo.indexOf(':'));
            client.user(user.isEmpty() ? null : user).password(userInfo.substring(userInfo.indexOf(':') + 1));
        }
        if ("rediss".equals(uri.getScheme())) {
            client.ssl(true);
        }
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            client.database(Integer.parseInt(path.substring(1)));
        }
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        return new JedisPooled(pool(), new HostAndPort(uri.getHost(), port), client.build());
    }

    private static JedisClientConfig withPassword(DefaultJedisClientConfig.Builder client, String password) {
        if (password != null && !password.isBlank()) {
            client.password(password);
        }
        return client.build();
    }

    private static DefaultJedisClientConfig.Builder client() {
        return DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(2000)
                .socketTimeoutMillis(3000);
    }

    private static ConnectionPoolConfig pool() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(64);
        pool.setMaxIdle(64);
        pool.setMinIdle(4);
        pool.setTestWhileIdle(true);
        return pool;
    }

    /** Lets the embedded server be optional while still being a bean Spring closes after the pool. */
    record EmbeddedRedisHolder(EmbeddedRedis server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
