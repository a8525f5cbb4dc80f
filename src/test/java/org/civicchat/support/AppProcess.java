package org.civicchat.support;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CivicChat in a JVM of its own (java -cp … org.civicchat.CivicChatApplication), on free ports, with its data
 * under a directory the caller chooses, so a test can kill it hard and start it again on the same data.
 */
public final class AppProcess implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "process-admin-password";

    private final Process process;
    private final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the app and waits until /actuator/health answers 200. */
    public static AppProcess start(Path dataDir, Path log, String... extraArgs) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", classpath(), "org.civicchat.CivicChatApplication",
                "--server.port=" + port,
                "--civicchat.redis.embedded-port=" + freePort(),
                "--civicchat.redis.data-dir=" + dataDir.toAbsolutePath(),
                "--civicchat.nlp.data-dir=" + Path.of("target/test-data/nlp-shared").toAbsolutePath(),
                "--civicchat.admin.password=" + ADMIN_PASSWORD,
                "--logging.level.org.civicchat=WARN"));
        command.addAll(List.of(extraArgs));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AppProcess app = new AppProcess(process, port);
        HttpClient http = HttpClient.newHttpClient();
        try {
            Awaitility.await("CivicChat on port " + port).atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("app exited with " + process.exitValue() + ", see " + log);
                        }
                        try {
                            return http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health")).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        } catch (RuntimeException e) {
            app.close(); // a start that timed out must not leave a running app (and its redis-server) behind
            throw e;
        }
        return app;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** kill -9: no shutdown hooks, no flushing; the embedded redis-server child is left running as an orphan. */
    public void killHard() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A polite stop (SIGTERM): Spring closes, the embedded Redis shuts down cleanly. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The app's class path: the test class path (surefire's, as it runs tests from a manifest-only jar, else this
     * JVM's) without the test classes, so no test configuration is scanned into the app.
     */
    public static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String all = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return java.util.Arrays.stream(all.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').replaceAll("/+$", "").endsWith("/test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
