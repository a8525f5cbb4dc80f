package org.civicchat.store;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A Lua script run by its SHA1 (EVALSHA), loaded again when the server does not know it (after a restart or
 * a fail-over), so a hot path does not resend the script body on every call.
 */
public final class RedisScript {

    private final String body;
    private final String sha;

    public RedisScript(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("script body must not be blank");
        }
        this.body = body;
        this.sha = sha1(body);
    }

    public Object run(UnifiedJedis redis, List<String> keys, List<String> args) {
        try {
            return redis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            return redis.eval(body, keys, args);
        }
    }

    /**
     * Runs several script calls in one pipeline, so they cost one round trip (on a Cluster, one per node
     * involved), and returns their results in order. A script the server does not know yet (after a restart
     * or a fail-over) is sent again with its body, on its own: that costs one more round trip, once.
     *
     * @throws JedisConnectionException when Redis is unreachable, or a Cluster node went away mid-pipeline
     */
    public static List<Object> runAll(UnifiedJedis redis, List<ScriptCall> calls) {
        List<Response<Object>> responses = new ArrayList<>(calls.size());
        try (AbstractPipeline p = redis.pipelined()) {
            for (ScriptCall call : calls) {
                responses.add(p.evalsha(call.script().sha, call.keys(), call.args()));
            }
            p.sync();
        }
        List<Object> results = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            ScriptCall call = calls.get(i);
            try {
                results.add(responses.get(i).get());
            } catch (JedisNoScriptException e) {
                results.add(redis.eval(call.script().body, call.keys(), call.args()));
            } catch (IllegalStateException e) {
                // a Cluster pipeline whose node went away mid-sync leaves its replies unset
                throw new JedisConnectionException("a pipelined script got no reply", e);
            }
        }
        return results;
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
