package org.civicchat.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Where Redis lives, in one of four topologies (see {@link RedisTopology}): {@code clusterNodes}
 * (REDIS_CLUSTER_NODES) wins, then {@code sentinels} (REDIS_SENTINELS with REDIS_SENTINEL_MASTER), then
 * {@code url} (REDIS_URL); with none set a real redis-server is started under {@code dataDir}/redis with AOF on.
 *
 * @param embeddedPort      the embedded server's port; 0 picks a free one (tests)
 * @param sentinels         {@code host:port,host:port,…} of the Sentinels
 * @param sentinelMaster    the master name the Sentinels monitor
 * @param password          the data nodes' password (Sentinel and Cluster; REDIS_URL carries its own)
 * @param sentinelPassword  the Sentinels' own password, when they have one
 * @param clusterNodes      {@code host:port,…} of some Cluster nodes (the client discovers the others)
 * @param replicaWait       how long a ticket filing waits for a replica to confirm the write (WAIT)
 */
@ConfigurationProperties(prefix = "civicchat.redis")
public record RedisSettings(String url,
                            @DefaultValue("./data") Path dataDir,
                            @DefaultValue("16379") int embeddedPort,
                            String sentinels,
                            String sentinelMaster,
                            String password,
                            String sentinelPassword,
                            String clusterNodes,
                            @DefaultValue("1s") Duration replicaWait) {

    public RedisSettings {
        if (present(sentinels) && !present(clusterNodes) && !present(sentinelMaster)) {
            throw new IllegalArgumentException("REDIS_SENTINELS is set (" + sentinels
                    + ") but REDIS_SENTINEL_MASTER is not: name the master the Sentinels monitor");
        }
        if (replicaWait == null || replicaWait.isNegative() || replicaWait.isZero()) {
            throw new IllegalArgumentException("civicchat.redis.replica-wait must be positive, was " + replicaWait);
        }
        for (String list : new String[] {sentinels, clusterNodes}) {
            if (present(list)) {
                hosts(list);
            }
        }
    }

    public RedisTopology topology() {
        if (present(clusterNodes)) {
            return RedisTopology.CLUSTER;
        }
        if (present(sentinels)) {
            return RedisTopology.SENTINEL;
        }
        return present(url) ? RedisTopology.STANDALONE : RedisTopology.EMBEDDED;
    }

    public boolean embedded() {
        return topology() == RedisTopology.EMBEDDED;
    }

    /** The topology in words for the start-up log, without secrets. */
    public String describe() {
        return switch (topology()) {
            case EMBEDDED -> "embedded redis-server, data in " + dataDir.toAbsolutePath().normalize().resolve("redis");
            case STANDALONE -> "one external server (REDIS_URL)";
            case SENTINEL -> "Sentinel master \"" + sentinelMaster + "\" via " + sentinels;
            case CLUSTER -> "Cluster via " + clusterNodes;
        };
    }

    /** Parses {@code host:port,host:port}; a bad entry is refused with the entry named. */
    static List<redis.clients.jedis.HostAndPort> hosts(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(entry -> {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("Redis node \"" + entry + "\" is not host:port");
            }
            try {
                int port = Integer.parseInt(entry.substring(colon + 1));
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return new redis.clients.jedis.HostAndPort(entry.substring(0, colon), port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Redis node \"" + entry + "\" has no valid port");
            }
        }).toList();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
