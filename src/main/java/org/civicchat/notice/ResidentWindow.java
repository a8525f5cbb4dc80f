package org.civicchat.notice;

import org.civicchat.store.RedisScript;
import org.civicchat.store.ScriptCall;

import java.util.List;

/**
 * What a resident's message means for notices, cheap enough for every message: the dialog runs
 * {@link #messaged} in the same round trip as its own begin script. It does what {@link ResidentListener} does
 * for a {@code ResidentMessaged} event, in one script: the resident joins audience "all", counts as reachable
 * again, a new 48-hour window opens with a fresh customer-service quota, and notices held for the resident's
 * next message go to the outbox. Every key is a notice key ({@code {nt}}, one Cluster slot).
 */
public final class ResidentWindow {

    /** KEYS residents, resident hash, held list, outbox; ARGV openid, window start (ms). Returns notices released. */
    private static final RedisScript MESSAGED = new RedisScript("""
            redis.call('SADD', KEYS[1], ARGV[1])
            redis.call('HDEL', KEYS[2], 'inactive')
            redis.call('HSET', KEYS[2], 'win', ARGV[2], 'cs', '0')
            local ids = redis.call('LRANGE', KEYS[3], 0, -1)
            if #ids > 0 then
              redis.call('DEL', KEYS[3])
              for _, id in ipairs(ids) do
                redis.call('XADD', KEYS[4], '*', 'n', id, 'o', ARGV[1], 'a', '0')
              end
            end
            return #ids
            """);

    private ResidentWindow() {
    }

    /**
     * The script call that records a message of {@code openid} sent at {@code createTimeSeconds} (WeChat's
     * CreateTime): the window runs from then, never from the future.
     */
    public static ScriptCall messaged(String openid, long createTimeSeconds) {
        return new ScriptCall(MESSAGED, List.of(ResidentStore.RESIDENTS, ResidentStore.residentKey(openid),
                ResidentStore.heldKey(openid), DeliveryStore.OUTBOX),
                List.of(openid, Long.toString(windowStart(createTimeSeconds))));
    }

    static long windowStart(long createTimeSeconds) {
        long now = System.currentTimeMillis();
        return createTimeSeconds <= 0 ? now : Math.min(now, createTimeSeconds * 1000);
    }
}
