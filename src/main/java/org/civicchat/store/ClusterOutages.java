package org.civicchat.store;

import redis.clients.jedis.CommandObject;
import redis.clients.jedis.executors.ClusterCommandExecutor;
import redis.clients.jedis.executors.CommandExecutor;
import redis.clients.jedis.exceptions.JedisClusterException;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Makes a Cluster outage look like any other lost connection. During a fail-over {@link ClusterCommandExecutor}
 * gives up with {@link JedisClusterOperationException} ("No more cluster attempts left") or the server answers
 * {@code CLUSTERDOWN}/{@code TRYAGAIN}; neither is a {@link JedisConnectionException}, which is what every store
 * reads as "Redis unreachable" (answer FAQ from memory, refuse a complaint honestly). Without this, the
 * Cluster drill had residents get HTTP 500 for the two seconds of a promotion. Other errors pass unchanged.
 */
final class ClusterOutages implements CommandExecutor {

    private final ClusterCommandExecutor delegate;

    ClusterOutages(ClusterCommandExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> T executeCommand(CommandObject<T> command) {
        try {
            return delegate.executeCommand(command);
        } catch (JedisClusterOperationException e) {
            throw new JedisConnectionException("Redis Cluster unavailable: " + e.getMessage(), e);
        } catch (JedisClusterException e) {
            throw outage(e);
        }
    }

    @Override
    public <T> T broadcastCommand(CommandObject<T> command) {
        try {
            return delegate.broadcastCommand(command);
        } catch (JedisClusterOperationException e) {
            throw new JedisConnectionException("Redis Cluster unavailable: " + e.getMessage(), e);
        } catch (JedisClusterException e) {
            throw outage(e);
        }
    }

    private static RuntimeException outage(JedisClusterException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("CLUSTERDOWN") || message.startsWith("TRYAGAIN")) {
            return new JedisConnectionException("Redis Cluster unavailable: " + message, e);
        }
        return e;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
