package org.civicchat.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

import java.net.URI;

/** The one Redis connection of the app, as a {@link UnifiedJedis} so Sentinel and Cluster can follow. */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedRedisHolder embeddedRedis(RedisSettings settings) {
        return new EmbeddedRedisHolder(settings.embedded()
                ? new EmbeddedRedis(settings.dataDir(), settings.embeddedPort()) : null);
    }

    @Bean(destroyMethod = "close")
    UnifiedJedis unifiedJedis(RedisSettings settings, EmbeddedRedisHolder embedded) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(64);
        pool.setMaxIdle(64);
        pool.setMinIdle(4);
        pool.setTestWhileIdle(true);
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(2000)
                .socketTimeoutMillis(3000);
        if (embedded.server() != null) {
            log.info("Redis: embedded redis-server at 127.0.0.1:{}", embedded.server().port());
            return new JedisPooled(pool, new HostAndPort("127.0.0.1", embedded.server().port()), client.build());
        }
        URI uri = URI.create(settings.url());
        log.info("Redis: external server at {}:{}", uri.getHost(), uri.getPort());
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
        return new JedisPooled(pool, new HostAndPort(uri.getHost(), port), client.build());
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
