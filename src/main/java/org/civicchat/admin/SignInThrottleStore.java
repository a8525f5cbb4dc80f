package org.civicchat.admin;

import org.civicchat.store.RedisScript;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Growing delays after failed sign-ins, instead of a lock an outsider could keep on any account. Failures
 * are counted per client (its address; behind a proxy the forwarded one only when
 * {@code server.forward-headers-strategy} is set) and per client and account. A few are free; after that each
 * failure makes the counter's owner wait twice as long as the last (1 s, 2 s, 4 s … at most 15 minutes), and
 * while it waits its attempts are refused without a password check. A success clears its own client-and-account
 * counter; an admin's unlock clears an account's counters from every client. Counters forget 15 minutes after
 * their last failure. Keys are SHA-256 hashes, never the username or address, so what an outsider types
 * stores at most two small hashes per attempt.
 */
@Component
class SignInThrottleStore {

    static final int FREE_PER_ACCOUNT = 5;
    static final int FREE_PER_CLIENT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final String PREFIX = "cc:admin:{signin}:";

    /** KEYS: counter. ARGV: now ms, free failures, max delay ms, window ms. Returns the delay now imposed (ms). */
    private static final RedisScript RECORD = new RedisScript("""
            local f = redis.call('hincrby', KEYS[1], 'f', 1)
            local now = tonumber(ARGV[1])
            if f == 1 then redis.call('hset', KEYS[1], 's', now) end
            local delay = 0
            local free = tonumber(ARGV[2])
            if f > free then
              delay = math.min(tonumber(ARGV[3]), 1000 * 2 ^ math.min(f - free - 1, 30))
              redis.call('hset', KEYS[1], 'u', now + delay)
            end
            redis.call('pexpire', KEYS[1], math.max(tonumber(ARGV[4]), delay))
            return delay
            """);

    /** KEYS: client, client+account, account unlock mark. ARGV: now ms. Returns the wait still due (ms). */
    private static final RedisScript WAIT = new RedisScript("""
            local now = tonumber(ARGV[1])
            local wait = 0
            local cu = tonumber(redis.call('hget', KEYS[1], 'u') or '0')
            if cu > now then wait = cu - now end
            local a = redis.call('hmget', KEYS[2], 'u', 's')
            local unlocked = tonumber(redis.call('get', KEYS[3]) or '0')
            if a[2] and tonumber(a[2]) <= unlocked then
              redis.call('del', KEYS[2])
              return wait
            end
            local au = tonumber(a[1] or '0')
            if au > now and au - now > wait then wait = au - now end
            return wait
            """);

    private final UnifiedJedis redis;
    private final Clock clock;

    SignInThrottleStore(UnifiedJedis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** How long this client must wait before it may try this account again; zero when it may try now. */
    Duration waitFor(String client, String username) {
        Object wait = WAIT.run(redis, List.of(clientKey(client), accountKey(client, username), unlockKey(username)),
                List.of(Long.toString(clock.millis())));
        return Duration.ofMillis(((Number) wait).longValue());
    }

    /** Counts a failed sign-in; returns the delay it imposes on this client for this account. */
    Duration failed(String client, String username) {
        String now = Long.toString(clock.millis());
        String window = Long.toString(WINDOW.toMillis());
        String max = Long.toString(MAX_DELAY.toMillis());
        RECORD.run(redis, List.of(clientKey(client)), List.of(now, Integer.toString(FREE_PER_CLIENT), max, window));
        Object delay = RECORD.run(redis, List.of(accountKey(client, username)),
                List.of(now, Integer.toString(FREE_PER_ACCOUNT), max, window));
        return Duration.ofMillis(((Number) delay).longValue());
    }

    void succeeded(String client, String username) {
        redis.del(accountKey(client, username));
    }

    /** An admin lifts the delays on this account for every client (the clients' own counters stay). */
    void unlock(String username) {
        redis.psetex(unlockKey(username), WINDOW.plus(MAX_DELAY).toMillis(), Long.toString(clock.millis()));
    }

    private static String clientKey(String client) {
        return PREFIX + "c:" + hash("client\u0000" + client);
    }

    private static String accountKey(String client, String username) {
        return PREFIX + "ca:" + hash("account\u0000" + client + "\u0000" + username);
    }

    private static String unlockKey(String username) {
        return PREFIX + "unlocked:" + hash("unlock\u0000" + username);
    }

    /** 32 hex characters (128 bits) are plenty for a counter's key. */
    private static String hash(String text) {
        return Sha256.hex(text).substring(0, 32);
    }
}
