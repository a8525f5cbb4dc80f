package org.civicchat.support;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A real redis-server on a free port for plain-object tests; start once per test class. With the system property
 * {@code civicchat.test.redis=sentinel} or {@code =cluster} the client is instead a {@code JedisSentineled} on a
 * master, replica and three Sentinels, or a {@code JedisCluster} on three masters with a replica each (real
 * processes, {@link RedisProcesses}), so the store tests run once per topology:
 * {@code ./mvnw test -Dcivicchat.test.redis=cluster -Dtest='Ticket*Test,Notice*Test,Survey*Test'}.
 */
public final class TestRedis implements AutoCloseable {

    private final RedisServer server;
    private final AutoCloseable processes;
    private final UnifiedJedis client;
    private final int port;

    public TestRedis() {
        String topology = System.getProperty("civicchat.test.redis", "embedded");
        try {
            switch (topology) {
                case "sentinel" -> {
                    RedisProcesses.Sentinel sentinel = new RedisProcesses.Sentinel(Files.createTempDirectory("test-redis"));
                    processes = sentinel;
                    server = null;
                    port = sentinel.master.port();
                    client = new JedisSentineled(RedisProcesses.Sentinel.MASTER, DefaultJedisClientConfig.builder().build(),
                            sentinel.sentinels.stream().map(RedisProcesses.Node::address)
                                    .collect(Collectors.toCollection(HashSet<HostAndPort>::new)),
                            DefaultJedisClientConfig.builder().build());
                }
                case "cluster" -> {
                    RedisProcesses.Cluster cluster = new RedisProcesses.Cluster(Files.createTempDirectory("test-redis"));
                    processes = cluster;
                    server = null;
                    port = cluster.nodes.get(0).port();
                    Set<HostAndPort> nodes = cluster.nodes.stream().map(RedisProcesses.Node::address)
                            .collect(Collectors.toCollection(HashSet::new));
                    client = new JedisCluster(nodes);
                }
                case "embedded" -> {
                    try (ServerSocket socket = new ServerSocket(0)) {
                        port = socket.getLocalPort();
                    }
                    processes = null;
                    server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
                    server.start();
                    client = new JedisPooled("127.0.0.1", port);
                }
                default -> throw new IllegalArgumentException(
                        "civicchat.test.redis must be embedded, sentinel or cluster, was " + topology);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not start redis-server", e);
        }
    }

    /** The port of the embedded server (or of the master / first Cluster node). */
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
            if (server != null) {
                server.stop();
            }
            if (processes != null) {
                processes.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
