package org.civicchat.notice;

import org.civicchat.store.RedisScript;

/**
 * The two scripts that decide a message's fate (see the package documentation for why they make delivery
 * exactly once). Keys: notice hash, delivery hash, resident hash, stats hash, then held list (claim) or retry
 * zset (mark). Both finish the notice (status done) when nothing is left to send.
 */
final class DeliveryScripts {

    private DeliveryScripts() {
    }

    private static final String FINISH = """
            local function finish(now)
              local s = redis.call('HMGET', KEYS[4], 'queued', 'sent', 'failed', 'held')
              local left = tonumber(s[1] or '0') - tonumber(s[2] or '0') - tonumber(s[3] or '0') - tonumber(s[4] or '0')
              local status = redis.call('HGET', KEYS[1], 'status')
              if left <= 0 and (status == 'sending' or status == 'paused') then
                redis.call('HSET', KEYS[1], 'status', 'done', 'finishedAt', now)
                return 1
              end
              return 0
            end
            """;

    /** KEYS notice, delivery, resident, stats, held; see DeliveryStore#claim. */
    static final RedisScript CLAIM = new RedisScript(FINISH + """
            local openid, now = ARGV[1], tonumber(ARGV[4])
            local st = redis.call('HGET', KEYS[2], openid)
            local takeover = 0
            if st then
              local k = string.sub(st, 1, 1)
              if k == 's' or k == 'f' then return {'done'} end
              if k == 'p' then
                if now - tonumber(string.match(st, '|(%d+)$')) < tonumber(ARGV[5]) then return {'busy'} end
                takeover = 1
              end
            end
            local n = redis.call('HMGET', KEYS[1], 'status', 'pausedUntil')
            if not n[1] then return {'gone'} end
            if n[2] then
              if tonumber(n[2]) > now then return {'paused', n[2]} end
              redis.call('HDEL', KEYS[1], 'pausedUntil', 'pausedReason')
              redis.call('HSET', KEYS[1], 'status', 'sending')
            end
            local function final(reason)
              if st == 'h' then redis.call('HINCRBY', KEYS[4], 'held', -1) end
              redis.call('HSET', KEYS[2], openid, 'f|' .. reason)
              redis.call('HINCRBY', KEYS[4], 'failed', 1)
              redis.call('HINCRBY', KEYS[4], 'failed:' .. reason, 1)
              finish(ARGV[4])
              return {'final'}
            end
            local r = redis.call('HMGET', KEYS[3], 'inactive', 'win', 'cs')
            local prio = redis.call('HGET', KEYS[1], 'prio') or 'normal'
            if r[1] then return final('inactive') end
            local route
            if r[2] and now - tonumber(r[2]) < tonumber(ARGV[8])
                and tonumber(r[3] or '0') < tonumber(ARGV[7]) - (prio == 'low' and tonumber(ARGV[14]) or 0) then
              redis.call('HINCRBY', KEYS[3], 'cs', 1)
              route = 'cs'
            elseif ARGV[11] == '1' then
              route = 'tpl'
            elseif ARGV[12] == '1' then
              if st ~= 'h' then
                redis.call('HSET', KEYS[2], openid, 'h')
                redis.call('HINCRBY', KEYS[4], 'held', 1)
              end
              if prio == 'high' then redis.call('LPUSH', KEYS[5], ARGV[13]) else redis.call('RPUSH', KEYS[5], ARGV[13]) end
              finish(ARGV[4])
              return {'held'}
            else
              return final('no-route')
            end
            if st == 'h' then redis.call('HINCRBY', KEYS[4], 'held', -1) end
            if takeover == 1 then redis.call('HINCRBY', KEYS[4], 'takeovers', 1) end
            redis.call('HSET', KEYS[2], openid, 'p|' .. ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[4])
            return {route, tostring(takeover)}
            """);

    /** KEYS notice, delivery, resident, stats, retry; see DeliveryStore#mark. */
    static final RedisScript MARK = new RedisScript(FINISH + """
            local openid, outcome = ARGV[1], ARGV[4]
            local st = redis.call('HGET', KEYS[2], openid)
            local mine = 'p|' .. ARGV[2] .. '|' .. ARGV[3] .. '|'
            if not st or string.sub(st, 1, #mine) ~= mine then return -1 end
            if outcome == 's' then
              redis.call('HSET', KEYS[2], openid, 's')
              redis.call('HINCRBY', KEYS[4], 'sent', 1)
            elseif outcome == 'f' then
              redis.call('HSET', KEYS[2], openid, 'f|' .. ARGV[5])
              redis.call('HINCRBY', KEYS[4], 'failed', 1)
              redis.call('HINCRBY', KEYS[4], 'failed:' .. ARGV[5], 1)
              if ARGV[10] ~= '' then redis.call('HSET', KEYS[3], 'inactive', ARGV[10]) end
            else
              redis.call('HSET', KEYS[2], openid, 'r|' .. ARGV[9])
              redis.call('ZADD', KEYS[5], ARGV[7], ARGV[6])
              if outcome == 'pause' then
                redis.call('HSET', KEYS[1], 'status', 'paused', 'pausedUntil', ARGV[7], 'pausedReason', ARGV[11])
              else
                redis.call('HINCRBY', KEYS[4], 'retries', 1)
              end
            end
            return finish(ARGV[8])
            """);
}
