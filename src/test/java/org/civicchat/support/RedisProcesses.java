package org.civicchat.support;

import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Real {@code redis-server} processes (Debian's {@code redis-server}/{@code redis-tools}, installed by
 * {@code .ci/run}) for the Sentinel and Cluster tests: a master with a replica watched by three Sentinels, or a
 * six-node Cluster of three masters with a replica each. Every process runs in a directory of its own on free
 * ports, is killed with SIGKILL where a drill says so, and is stopped when the set is closed. Tests are skipped
 * (not failed) where the binaries are missing.
 */
public final class RedisProcesses {

    private RedisProcesses() {
    }

    /** Skips the calling test where Debian's redis-server and redis-cli are not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(onPath("redis-server") && onPath("redis-cli"),
                "redis-server and redis-cli are not installed (apt-get install redis-server redis-tools)");
    }

    private static boolean onPath(String binary) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }

    /** One redis-server (or Sentinel) process. */
    public static final class Node implements AutoCloseable {
        private final Path dir;
        private final int port;
        private final List<String> config;
        private final boolean sentinel;
        private Process process;

        Node(Path dir, int port, List<String> config, boolean sentinel) {
            this.dir = dir;
            this.port = port;
            this.config = config;
            this.sentinel = sentinel;
        }

        void start() {
            try {
                Files.createDirectories(dir);
                List<String> lines = new ArrayList<>(List.of("port " + port, "bind 127.0.0.1", "dir " + dir,
                        "daemonize no", "protected-mode no", "logfile " + dir.resolve("redis.log")));
                lines.addAll(config);
                Path conf = dir.resolve(sentinel ? "sentinel.conf" : "redis.conf");
                Files.write(conf, lines);
                List<String> command = new ArrayList<>(List.of("redis-server", conf.toString()));
                if (sentinel) {
                    command.add("--sentinel");
                }
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start redis-server in " + dir, e);
            }
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                try (Jedis j = jedis()) {
                    return "PONG".equals(j.ping());
                }
            });
        }

        public int port() {
            return port;
        }

        public HostAndPort address() {
            return new HostAndPort("127.0.0.1", port);
        }

        public Jedis jedis() {
            return new Jedis("127.0.0.1", port, 2000);
        }

        public boolean alive() {
            return process != null && process.isAlive();
        }

        /** kill -9: no shutdown, no save, the replication stream cut where it was. */
        public void kill() {
            if (process != null) {
                process.destroyForcibly();
                await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
            }
        }

        @Override
        public void close() {
            kill();
        }
    }

    /** A master, one replica and three Sentinels (quorum 2) watching master {@link #MASTER}. */
    public static final class Sentinel implements AutoCloseable {
        public static final String MASTER = "civic";
        public final Node master;
        public final Node replica;
        public final List<Node> sentinels = new ArrayList<>();

        public Sentinel(Path root) {
            assumeInstalled();
            List<String> data = List.of("save \"\"", "appendonly no", "enable-debug-command local", "repl-diskless-sync yes",
                    "repl-diskless-sync-delay 0");
            master = new Node(root.resolve("master"), freePort(false), data, false);
            master.start();
            List<String> replicaConf = new ArrayList<>(data);
            replicaConf.add("replicaof 127.0.0.1 " + master.port());
            replica = new Node(root.resolve("replica"), freePort(false), replicaConf, false);
            replica.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                try (Jedis j = master.jedis()) {
                    return j.info("replication").contains("connected_slaves:1")
                            && j.info("replication").contains("state=online");
                }
            });
            for (int i = 0; i < 3; i++) {
                Node s = new Node(root.resolve("sentinel-" + i), freePort(false), List.of(
                        "sentinel monitor " + MASTER + " 127.0.0.1 " + master.port() + " 2",
                        "sentinel down-after-milliseconds " + MASTER + " 1000",
                        "sentinel failover-timeout " + MASTER + " 5000",
                        "sentinel parallel-syncs " + MASTER + " 1"), true);
                s.start();
                sentinels.add(s);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (Node s : sentinels) {
                    try (Jedis j = s.jedis()) {
                        String info = j.info("sentinel");
                        if (!info.contains("slaves=1") || !info.contains("sentinels=3")) {
                            return false;
                        }
                    }
                }
                return true;
            });
        }

        /** {@code host:port,…} for REDIS_SENTINELS. */
        public String sentinelList() {
            return sentinels.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
        }

        /** The master's address as the first Sentinel now reports it. */
        public int currentMasterPort() {
            try (Jedis j = sentinels.get(0).jedis()) {
                return j.sentinelGetMasterAddrByName(MASTER).get(1).equals("") ? -1
                        : Integer.parseInt(j.sentinelGetMasterAddrByName(MASTER).get(1));
            }
        }

        @Override
        public void close() {
            sentinels.forEach(Node::close);
            replica.close();
            master.close();
        }
    }

    /** Three masters with one replica each, made by {@code redis-cli --cluster create --cluster-replicas 1}. */
    public static final class Cluster implements AutoCloseable {
        public final List<Node> nodes = new ArrayList<>();

        public Cluster(Path root) {
            assumeInstalled();
            for (int i = 0; i < 6; i++) {
                Node n = new Node(root.resolve("node-" + i), freePort(true), List.of("cluster-enabled yes",
                        "cluster-config-file nodes.conf", "cluster-node-timeout 1000", "save \"\"",
                        "appendonly no", "repl-diskless-sync yes", "repl-diskless-sync-delay 0"), false);
                n.start();
                nodes.add(n);
            }
            List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
            nodes.forEach(n -> create.add("127.0.0.1:" + n.port()));
            create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
            try {
                Process cli = new ProcessBuilder(create).redirectErrorStream(true)
                        .redirectOutput(root.resolve("cluster-create.log").toFile()).start();
                if (cli.waitFor() != 0) {
                    throw new IllegalStateException("redis-cli --cluster create failed: "
                            + Files.readString(root.resolve("cluster-create.log")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> nodes.stream().allMatch(n -> {
                try (Jedis j = n.jedis()) {
                    return j.clusterInfo().contains("cluster_state:ok") && (role(j).equals("master")
                            ? j.info("replication").contains("state=online") : true);
                }
            }));
        }

        /** {@code host:port,…} for REDIS_CLUSTER_NODES. */
        public String nodeList() {
            return nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
        }

        /** The live master that serves {@code key}'s slot. */
        public Node masterOf(String key) {
            for (Node n : nodes) {
                if (!n.alive()) {
                    continue;
                }
                try (Jedis j = n.jedis()) {
                    if (role(j).equals("master")) {
                        long slot = j.clusterKeySlot(key);
                        for (String line : j.clusterNodes().split("\n")) {
                            if (line.contains("myself") && servesSlot(line, slot)) {
                                return n;
                            }
                        }
                    }
                }
            }
            throw new IllegalStateException("no live master serves " + key);
        }

        public boolean healthy() {
            return nodes.stream().filter(Node::alive).allMatch(n -> {
                try (Jedis j = n.jedis()) {
                    return j.clusterInfo().contains("cluster_state:ok");
                }
            });
        }

        private static boolean servesSlot(String nodesLine, long slot) {
            String[] parts = nodesLine.trim().split(" ");
            for (int i = 8; i < parts.length; i++) {
                String range = parts[i];
                if (range.startsWith("[")) {
                    continue;
                }
                String[] bounds = range.split("-");
                long from = Long.parseLong(bounds[0]);
                long to = bounds.length > 1 ? Long.parseLong(bounds[1]) : from;
                if (slot >= from && slot <= to) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() {
            nodes.forEach(Node::close);
        }
    }

    static String role(Jedis j) {
        return j.info("replication").contains("role:master") ? "master" : "replica";
    }

    /** A free port; for Cluster nodes also a free bus port (port + 10000). */
    static int freePort(boolean withBus) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = withBus ? ThreadLocalRandom.current().nextInt(20000, 40000) : anyFreePort();
            if (free(port) && (!withBus || free(port + 10000))) {
                return port;
            }
        }
        throw new IllegalStateException("no free port found");
    }

    private static int anyFreePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
