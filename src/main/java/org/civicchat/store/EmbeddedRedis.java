package org.civicchat.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A real redis-server run by the app for the default run and the tests. Data and AOF live under the data
 * directory, so a restart keeps what Redis held. A server orphaned by a hard kill of the previous JVM is
 * found through its pid file and shut down (it saves on the way) before a new one starts.
 */
final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final Path dir;
    private final int port;
    private final RedisServer server;

    EmbeddedRedis(Path dataDir, int requestedPort) {
        this.dir = dataDir.resolve("redis").toAbsolutePath().normalize();
        this.port = requestedPort == 0 ? freePort() : requestedPort;
        try {
            Files.createDirectories(dir);
            stopOrphan();
            this.server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("dir " + dir)
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .setting("pidfile " + pidFile())
                    .setting("save 60 1000")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded redis-server in " + dir, e);
        }
        log.info("Embedded redis-server on 127.0.0.1:{}, data in {}", port, dir);
    }

    int port() {
        return port;
    }

    private Path pidFile() {
        return dir.resolve("redis.pid");
    }

    private void stopOrphan() throws IOException {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false));
        if (orphan.isPresent()) {
            ProcessHandle process = orphan.get();
            log.warn("Found an orphaned redis-server (pid {}) from an earlier run; stopping it", process.pid());
            process.destroy();
            try {
                process.onExit().get(STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks the server to shut down cleanly (it flushes the AOF), then makes sure the process is gone. */
    @Override
    public void close() {
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            jedis.shutdown();
        } catch (Exception e) {
            log.debug("redis-server shutdown command: {}", e.toString());
        }
        try {
            server.stop();
        } catch (IOException e) {
            log.warn("Stopping embedded redis-server: {}", e.toString());
        }
    }
}
