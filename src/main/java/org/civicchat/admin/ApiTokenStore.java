package org.civicchat.admin;

import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API tokens for scripts and the district's other systems. A token is 32 random bytes shown once at
 * creation; Redis keeps only its SHA-256 (a leaked dump gives no usable token) with its name, role, optional
 * department, expiry and last use. Checking one is a single HGETALL by that hash.
 * <pre>
 * cc:admin:token:&lt;sha256 hex&gt;   hash   id, name, role, department, createdAt, createdBy, expiresAt (0 = never), lastUsed
 * cc:admin:tokens                 hash   id → sha256 hex (for listing and revoking)
 * </pre>
 */
@Component
class ApiTokenStore {

    static final String SCHEME_PREFIX = "cct_";
    private static final String TOKEN = "cc:admin:token:";
    private static final String INDEX = "cc:admin:tokens";
    private static final long TOUCH_EVERY_MS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UnifiedJedis redis;
    private final Clock clock;
    private final Map<String, Long> lastTouch = new ConcurrentHashMap<>();

    ApiTokenStore(UnifiedJedis redis, Clock clock) {
        this.clock = clock;
        this.redis = redis;
    }

    /** @param expiresAt null for a token that does not expire */
    Created create(String name, StaffRole role, String department, Instant expiresAt, String createdBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] idBytes = new byte[6];
        RANDOM.nextBytes(idBytes);
        String id = HexFormat.of().formatHex(idBytes);
        String hash = sha256(token);
        Map<String, String> h = new HashMap<>();
        h.put("id", id);
        h.put("name", name);
        h.put("role", role.id());
        h.put("department", department == null ? "" : department);
        h.put("createdAt", Long.toString(clock.millis()));
        h.put("createdBy", createdBy);
        h.put("expiresAt", expiresAt == null ? "0" : Long.toString(expiresAt.toEpochMilli()));
        h.put("lastUsed", "0");
        redis.hset(TOKEN + hash, h);
        if (expiresAt != null) {
            redis.pexpireAt(TOKEN + hash, expiresAt.toEpochMilli());
        }
        redis.hset(INDEX, id, hash);
        return new Created(token, token(h));
    }

    /** The token's record when it exists and has not expired; its last use is written at most once a minute. */
    Optional<Token> find(String presented) {
        if (presented == null || !presented.startsWith(SCHEME_PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(presented);
        Map<String, String> h = redis.hgetAll(TOKEN + hash);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Token t = token(h);
        long now = clock.millis();
        if (t.expiresAt() != null && t.expiresAt().toEpochMilli() <= now) {
            return Optional.empty();
        }
        Long touched = lastTouch.get(hash);
        if (touched == null || now - touched > TOUCH_EVERY_MS) {
            lastTouch.put(hash, now);
            redis.hset(TOKEN + hash, "lastUsed", Long.toString(now));
        }
        return Optional.of(t);
    }

    List<Token> all() {
        return redis.hgetAll(INDEX).entrySet().stream()
                .map(e -> redis.hgetAll(TOKEN + e.getValue()))
                .filter(h -> !h.isEmpty())
                .map(ApiTokenStore::token)
                .sorted(java.util.Comparator.comparing(Token::createdAt).reversed())
                .toList();
    }

    boolean revoke(String id) {
        String hash = redis.hget(INDEX, id);
        if (hash == null) {
            return false;
        }
        redis.del(TOKEN + hash);
        redis.hdel(INDEX, id);
        lastTouch.remove(hash);
        return true;
    }

    private static Token token(Map<String, String> h) {
        long expires = Long.parseLong(h.getOrDefault("expiresAt", "0"));
        long used = Long.parseLong(h.getOrDefault("lastUsed", "0"));
        String dept = h.getOrDefault("department", "");
        return new Token(h.get("id"), h.get("name"), StaffRole.of(h.get("role")), dept.isEmpty() ? null : dept,
                Instant.ofEpochMilli(Long.parseLong(h.getOrDefault("createdAt", "0"))), h.getOrDefault("createdBy", ""),
                expires == 0 ? null : Instant.ofEpochMilli(expires), used == 0 ? null : Instant.ofEpochMilli(used));
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** A stored token's description (never the token itself). */
    record Token(String id, String name, StaffRole role, String department, Instant createdAt, String createdBy,
                 Instant expiresAt, Instant lastUsed) {
        Token {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A new token: the secret, shown once, and its description. */
    record Created(String secret, Token token) {
    }
}
