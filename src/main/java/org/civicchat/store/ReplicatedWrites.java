package org.civicchat.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.util.JedisClusterCRC16;
import redis.clients.jedis.util.SafeEncoder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes that a resident is told about (a ticket number) and so must survive a fail-over. Redis replicates
 * asynchronously: a master can acknowledge a write and die before any replica has it, and Sentinel or Cluster
 * then promotes a replica without it. So the script runs and is followed by {@code WAIT 1 <replicaWait>} on
 * <em>the same connection</em> (one pipeline; WAIT only covers the writes of its own connection), and when
 * the master has replicas and none confirms in time this throws {@link StoreUnavailable}: the caller refuses
 * honestly ("not saved, please resend") instead of telling a number that may vanish. Scripts run this way must
 * write on every path, even when they only find an earlier result, so WAIT covers that earlier write too.
 *
 * <p>Whether the master behind a key has replicas is read from {@code INFO replication} of that key's node and
 * cached for {@link #REFRESH_MILLIS}: without replicas (embedded server, one external server) no WAIT is sent.
 * Not handled: WAIT confirms the replica <em>received</em> the write, not that it reached its disk
 * ({@code WAITAOF}, Redis 7.2+, is not used: Debian's 7.0 lacks it); a replica that loses power at the same
 * moment as its master can still lose it.
 */
@Component
public class ReplicatedWrites {

    private static final Logger log = LoggerFactory.getLogger(ReplicatedWrites.class);
    static final long REFRESH_MILLIS = 2000;

    private final UnifiedJedis redis;
    private final long waitMillis;
    private final Map<Integer, Known> replicas = new ConcurrentHashMap<>();

    public ReplicatedWrites(UnifiedJedis redis, RedisSettings settings) {
        this.redis = redis;
        this.waitMillis = settings.replicaWait().toMillis();
    }

    /** For stores built as plain objects (tests): the default wait of {@link RedisSettings}. */
    public static ReplicatedWrites on(UnifiedJedis redis) {
        return new ReplicatedWrites(redis, new RedisSettings(null, java.nio.file.Path.of("./data"), 0, null, null,
                null, null, null, java.time.Duration.ofSeconds(1)));
    }

    /**
     * Runs {@code script} on {@code keys} (one slot), then waits for a replica when the master has any.
     *
     * @param what what the caller was doing, for the failure's message
     * @throws StoreUnavailable when Redis is unreachable or no replica confirmed within the wait
     */
    public Object eval(String script, List<String> keys, List<String> args, String what) {
        String sample = keys.get(0);
        try {
            boolean wait = hasReplicas(sample);
            Response<Object> result;
            Response<Long> confirmed = null;
            try (AbstractPipeline p = redis.pipelined()) {
                result = p.eval(script, keys, args);
                if (wait) {
                    confirmed = p.waitReplicas(sample, 1, waitMillis);
                }
                p.sync();
            }
            Object value;
            try {
                value = result.get();
            } catch (IllegalStateException e) {
                // a Cluster pipeline whose node went away mid-sync leaves its replies unset
                throw new StoreUnavailable(what, e);
            }
            if (confirmed != null && confirmed.get() < 1) {
                replicas.remove(JedisClusterCRC16.getSlot(sample));
                log.warn("No replica confirmed a write within {} ms ({}); the caller refuses it", waitMillis, what);
                throw new StoreUnavailable(what + " (no replica confirmed within " + waitMillis + " ms)",
                        new IllegalStateException("WAIT 1 " + waitMillis + " returned " + confirmed.get()));
            }
            return value;
        } catch (JedisConnectionException e) {
            replicas.remove(JedisClusterCRC16.getSlot(sample));
            throw new StoreUnavailable(what, e);
        }
    }

    /** Whether the master serving {@code sampleKey} has at least one connected replica (cached). */
    boolean hasReplicas(String sampleKey) {
        int slot = JedisClusterCRC16.getSlot(sampleKey);
        long now = System.currentTimeMillis();
        Known known = replicas.get(slot);
        if (known != null && now - known.at() < REFRESH_MILLIS) {
            return known.replicas() > 0;
        }
        Object raw = redis.sendCommand(sampleKey, Protocol.Command.INFO, "replication");
        int count = connectedReplicas(raw instanceof byte[] bytes ? SafeEncoder.encode(bytes) : String.valueOf(raw));
        replicas.put(slot, new Known(count, now));
        return count > 0;
    }

    /** {@code connected_slaves:N} of an {@code INFO replication} reply; 0 when absent. */
    static int connectedReplicas(String info) {
        for (String line : info.split("\r?\n")) {
            if (line.startsWith("connected_slaves:")) {
                return Integer.parseInt(line.substring("connected_slaves:".length()).trim());
            }
        }
        return 0;
    }

    private record Known(int replicas, long at) {
    }
}
