package org.civicchat.store;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
