package org.civicchat.volunteer;

import org.civicchat.store.RedisScript;

/**
 * The scripts that keep one activity's places consistent. KEYS are always keys of that one activity (hash tag
 * {@code {va:<id>}}), in the order {@link VolunteerStore} passes them.
 */
final class VolunteerScripts {

    private VolunteerScripts() {
    }

    /**
     * Signs one resident up, or puts them on the waiting list, or neither. ARGV: openid, now (ms), may wait
     * (1/0), contact ("name\tphone" or ""). Returns {outcome, position}: signed, waiting (position on the
     * list), full, already, already-waiting (position), closed, cancelled, over, none.
     */
    static final RedisScript SIGN_UP = new RedisScript("""
            local status = redis.call('HGET', KEYS[1], 'status')
            if not status then return {'none', 0} end
            if status == 'cancelled' then return {'cancelled', 0} end
            if tonumber(redis.call('HGET', KEYS[1], 'endsAt')) <= tonumber(ARGV[2]) then return {'over', 0} end
            if redis.call('ZSCORE', KEYS[2], ARGV[1]) then return {'already', 0} end
            local waiting = redis.call('ZRANK', KEYS[3], ARGV[1])
            if waiting then return {'already-waiting', waiting + 1} end
            if status ~= 'open' then return {'closed', 0} end
            local quota = tonumber(redis.call('HGET', KEYS[1], 'quota'))
            local free = redis.call('ZCARD', KEYS[2]) < quota
            if not free and ARGV[3] ~= '1' then return {'full', 0} end
            local order = redis.call('HINCRBY', KEYS[1], 'order', 1)
            if not redis.call('HGET', KEYS[4], ARGV[1]) then
              local no = redis.call('HINCRBY', KEYS[1], 'no', 1)
              redis.call('HSET', KEYS[4], ARGV[1], no, '#' .. no, ARGV[1])
            end
            if ARGV[4] ~= '' then redis.call('HSET', KEYS[5], ARGV[1], ARGV[4]) end
            redis.call('HSET', KEYS[6], ARGV[1], ARGV[2])
            if free then
              redis.call('ZADD', KEYS[2], order, ARGV[1])
              return {'signed', 0}
            end
            redis.call('ZADD', KEYS[3], order, ARGV[1])
            return {'waiting', redis.call('ZRANK', KEYS[3], ARGV[1]) + 1}
            """);

    /**
     * Takes a resident off the activity and fills free places from the waiting list in order. ARGV: openid,
     * now (ms). Returns {outcome, promoted openids…}: cancelled, left-waiting, checked-in, started, none.
     */
    static final RedisScript CANCEL = new RedisScript("""
            if not redis.call('HGET', KEYS[1], 'status') then return {'none'} end
            local signed = redis.call('ZSCORE', KEYS[2], ARGV[1])
            if not signed then
              if redis.call('ZREM', KEYS[3], ARGV[1]) == 1 then return {'left-waiting'} end
              return {'none'}
            end
            if redis.call('HGET', KEYS[4], ARGV[1]) then return {'checked-in'} end
            if tonumber(redis.call('HGET', KEYS[1], 'startsAt')) <= tonumber(ARGV[2]) then return {'started'} end
            redis.call('ZREM', KEYS[2], ARGV[1])
            local out = {'cancelled'}
            local quota = tonumber(redis.call('HGET', KEYS[1], 'quota'))
            while redis.call('ZCARD', KEYS[2]) < quota do
              local first = redis.call('ZRANGE', KEYS[3], 0, 0, 'WITHSCORES')
              if #first == 0 then break end
              redis.call('ZREM', KEYS[3], first[1])
              redis.call('ZADD', KEYS[2], first[2], first[1])
              table.insert(out, first[1])
            end
            return out
            """);

    /** Fills free places from the waiting list (after the quota was raised). Returns the promoted openids. */
    static final RedisScript PROMOTE = new RedisScript("""
            local out = {}
            local quota = tonumber(redis.call('HGET', KEYS[1], 'quota'))
            while redis.call('ZCARD', KEYS[2]) < quota do
              local first = redis.call('ZRANGE', KEYS[3], 0, 0, 'WITHSCORES')
              if #first == 0 then break end
              redis.call('ZREM', KEYS[3], first[1])
              redis.call('ZADD', KEYS[2], first[2], first[1])
              table.insert(out, first[1])
            end
            return out
            """);

    /** Checks a signed-up resident in and credits the minutes. ARGV: openid, now, minutes. ok, already, not-signed. */
    static final RedisScript CHECK_IN = new RedisScript("""
            if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 'not-signed' end
            if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 0 then return 'already' end
            redis.call('HSETNX', KEYS[3], ARGV[1], ARGV[3])
            return 'ok'
            """);

    /** Changes the quota unless it would fall below the places taken. ARGV: quota. Returns 1, or -places taken. */
    static final RedisScript SET_QUOTA = new RedisScript("""
            local taken = redis.call('ZCARD', KEYS[2])
            if tonumber(ARGV[1]) < taken then return -taken end
            redis.call('HSET', KEYS[1], 'quota', ARGV[1])
            return 1
            """);
}
