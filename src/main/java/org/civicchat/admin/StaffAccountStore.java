package org.civicchat.admin;

import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff accounts (BCrypt hashes, never passwords), in Redis; sign-in failures are {@link SignInThrottleStore}'s. */
@Component
class StaffAccountStore {

    private static final String USER = "cc:admin:user:";
    private static final String USERS = "cc:admin:users";

    private final UnifiedJedis redis;

    StaffAccountStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    Optional<StaffAccount> find(String username) {
        Map<String, String> h = redis.hgetAll(USER + username);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Set<StaffRole> roles = Arrays.stream(h.getOrDefault("roles", "").split(","))
                .filter(s -> !s.isBlank()).map(StaffRole::of).collect(Collectors.toSet());
        return Optional.of(new StaffAccount(username, h.get("hash"), roles, h.get("department"), h.get("grid"),
                !"0".equals(h.get("enabled"))));
    }

    void save(StaffAccount account) {
        Map<String, String> h = new HashMap<>();
        h.put("hash", account.passwordHash());
        h.put("roles", account.roles().stream().map(StaffRole::id).sorted().collect(Collectors.joining(",")));
        h.put("enabled", account.enabled() ? "1" : "0");
        h.put("department", account.department() == null ? "" : account.department());
        h.put("grid", account.grid() == null ? "" : account.grid());
        redis.hset(USER + account.username(), h);
        redis.sadd(USERS, account.username());
    }

    List<String> usernames() {
        return redis.smembers(USERS).stream().sorted().toList();
    }
}
