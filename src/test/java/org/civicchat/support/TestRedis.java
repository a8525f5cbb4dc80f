package org.civicchat.support;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;

/** A real redis-server on a free port for plain-object tests; start once per test class. */
public final class TestRedis implements AutoCloseable {

    private final RedisServer server;
    private final UnifiedJedis client;
    private final int port;

    public TestRedis() {
        try {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
            server.start();
            client = new JedisPooled("127.0.0.1", port);
        } catch (IOException e) {
            throw new IllegalStateException("could not start redis-server", e);
        }
    }

    public int port() {
        return port;
    }

    public UnifiedJedis client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        try {
            server.stop();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
