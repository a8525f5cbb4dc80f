package org.civicchat.support;

import org.civicchat.CivicChatApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/** One app node in this JVM on a random port, pointed at Redis by the given properties. */
public final class AppNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final PortalClient portal;

    public AppNode(String... redisProperties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--civicchat.admin.password=redis-ha-drill",
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

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
