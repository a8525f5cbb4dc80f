package org.civicchat.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * HTTP Basic credentials verified lately, so a script's every call does not pay a BCrypt check (~70 ms):
 * kept in memory only, for {@link #TTL} after the check, at most {@link #MAX_ENTRIES}, keyed by a SHA-256 of
 * "username:password" (the password itself is never held). Forgotten at once for an account whose password,
 * roles or state change, or that an admin unlocks ({@link StaffDirectory#onChange}). Each node has its own:
 * a change made on another node reaches this one within {@link #TTL} at most.
 */
@Component
class BasicCredentialCache {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final Cache<String, Authentication> verified = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES).expireAfterWrite(TTL).build();

    BasicCredentialCache(StaffDirectory staff) {
        staff.onChange(this::forget);
    }

    Authentication find(String username, String password) {
        return verified.getIfPresent(key(username, password));
    }

    void remember(String username, String password, Authentication authenticated) {
        verified.put(key(username, password), authenticated);
    }

    void forget(String username) {
        verified.asMap().values().removeIf(a -> a.getName().equals(username));
    }

    private static String key(String username, String password) {
        return Sha256.hex(username + ":" + password);
    }
}
