package org.civicchat.support;

import org.civicchat.CivicChatApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/** One app node in this JVM on a random port, pointed at Redis by the given properties. */
public final class AppNode implements AutoCloseable {

    private static final String ADMIN_PASSWORD = "redis-ha-drill";

    private final ConfigurableApplicationContext context;
    private final PortalClient portal;

    public AppNode(String... redisProperties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--civicchat.admin.password=" + ADMIN_PASSWORD,
                "--logging.level.org.civicchat=ERROR", "--logging.level.redis.clients=OFF"));
        for (String p : redisProperties) {
            args.add("--" + p);
        }
        context = new SpringApplicationBuilder(CivicChatApplication.class).run(args.toArray(String[]::new));
        portal = new PortalClient(port());
    }

    public static AppNode onSentinel(RedisProcesses.Sentinel sentinel) {
        return new AppNode("civicchat.redis.sentinels=" + sentinel.sentinelList(),
                "civicchat.redis.sentinel-master=" + RedisProcesses.Sentinel.MASTER);
    }

    public static AppNode onCluster(RedisProcesses.Cluster cluster) {
        return new AppNode("civicchat.redis.cluster-nodes=" + cluster.nodeList());
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public PortalClient portal() {
        return portal;
    }

    /** {@code /actuator/health} as the node's admin sees it: anonymous callers get the status only. */
    public String healthAsAdmin() {
        String credentials = java.util.Base64.getEncoder().encodeToString(
                ("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://localhost:" + port() + "/actuator/health"))
                            .header("Authorization", "Basic " + credentials).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
