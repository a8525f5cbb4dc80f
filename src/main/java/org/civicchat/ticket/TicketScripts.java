package org.civicchat.ticket;

/** The Lua scripts of {@link TicketStore}: each runs atomically, on keys of the one {@code {tk}} slot. */
final class TicketScripts {

    private TicketScripts() {
    }

    /**
     * The number bound to a source, rewritten in place (same value and expiry) so that the WAIT after it covers
     * the write that first bound it; see {@code ReplicatedWrites}.
     */
    static final String SOURCE = """
            local existing = redis.call('GET', KEYS[1])
            if existing then redis.call('SET', KEYS[1], existing, 'KEEPTTL') end
            return existing
            """;

    /**
     * Files a ticket unless its source is already bound; returns {number bound to the source, 1 when this call
     * filed it} (an earlier binding is rewritten in place, so the WAIT after it covers it too). With ARGV[1] empty the script numbers the ticket itself: KEYS[2] is then the day's sequence
     * key, ARGV[8] the number's prefix (WM + day + '-') and ARGV[9] the key prefix, and the ticket's own keys
     * (hash, log, photos, followers: all in the {tk} slot) are named here, so numbering and filing are one
     * round trip. KEYS[3], KEYS[7] and KEYS[10] are then placeholders in the same slot.
     */
    static final String CREATE = """
            local existing = redis.call('GET', KEYS[1])
            if existing then
              redis.call('SET', KEYS[1], existing, 'KEEPTTL')
              return {existing, 0}
            end
            local number, kt, klog, kphotos, kfollowers = ARGV[1], KEYS[2], KEYS[3], KEYS[7], KEYS[10]
            local i = 10
            if number == '' then
              number = ARGV[8] .. string.format('%04d', redis.call('INCR', KEYS[2]))
              local p = ARGV[9]
              kt, klog, kphotos, kfollowers = p .. 't:' .. number, p .. 'log:' .. number, p .. 'photos:' .. number,
                  p .. 'followers:' .. number
            end
            if redis.call('EXISTS', kt) == 1 then return redis.error_reply('ticket ' .. number .. ' exists') end
            redis.call('SET', KEYS[1], number, 'EX', ARGV[2])
            local n = tonumber(ARGV[i]); i = i + 1
            for _ = 1, n do
              local f = ARGV[i]; local v = ARGV[i + 1]; i = i + 2
              redis.call('HSET', kt, f, v)
            end
            redis.call('HSET', kt, 'number', number)
            local np = tonumber(ARGV[i]); i = i + 1
            for _ = 1, np do
              local f = ARGV[i]; local v = ARGV[i + 1]; i = i + 2
              redis.call('HSET', kphotos, f, v)
            end
            local nj = tonumber(ARGV[i]); i = i + 1
            for _ = 1, nj do redis.call('LPUSH', KEYS[9], ARGV[i]); i = i + 1 end
            redis.call('RPUSH', klog, ARGV[5])
            redis.call('ZADD', KEYS[8], ARGV[4], number)
            redis.call('SADD', kfollowers, ARGV[7])
            for k = 11, #KEYS do redis.call('ZADD', KEYS[k], ARGV[3], number) end
            if ARGV[6] ~= '' then
              redis.call('DEL', KEYS[4], KEYS[5])
              redis.call('ZREM', KEYS[6], ARGV[6])
            end
            return {number, 1}
            """;

    /**
     * Changes one existing ticket: optional compare on one field (status, escalation), then guards, then
     * writes, all or nothing. Returns {'ok'}, {'missing'}, {'conflict', current}, {'full'}, {'source', number}.
     */
    static final String MUTATE = """
            local t = KEYS[1]
            if redis.call('EXISTS', t) == 0 then return {'missing'} end
            if ARGV[1] ~= '' then
              local cur = redis.call('HGET', t, ARGV[1]) or ''
              if cur ~= ARGV[2] then return {'conflict', cur} end
            end
            local i = 3
            local function arg() local v = ARGV[i]; i = i + 1; return v end
            local function key() return KEYS[tonumber(arg())] end
            local n = tonumber(arg())
            for _ = 1, n do
              local op = arg()
              if op == 'max' then
                local k = key(); local max = tonumber(arg())
                if redis.call('HLEN', k) >= max then return {'full'} end
              elseif op == 'srcnx' then
                local k = key(); local v = arg(); local ttl = arg()
                local prev = redis.call('GET', k)
                if prev then return {'source', prev} end
                redis.call('SET', k, v, 'EX', ttl)
              elseif op == 'hset' then
                local k = key(); local f = arg(); local v = arg()
                redis.call('HSET', k, f, v)
              elseif op == 'hdel' then
                local k = key(); local f = arg()
                redis.call('HDEL', k, f)
              elseif op == 'hincr' then
                local k = key(); local f = arg(); local by = tonumber(arg())
                redis.call('HINCRBY', k, f, by)
              elseif op == 'zadd' then
                local k = key(); local s = arg(); local m = arg()
                redis.call('ZADD', k, s, m)
              elseif op == 'zaddc' then
                local k = key(); local m = arg()
                redis.call('ZADD', k, redis.call('HGET', t, 'createdAt'), m)
              elseif op == 'zrem' then
                local k = key(); local m = arg()
                redis.call('ZREM', k, m)
              elseif op == 'sadd' then
                local k = key(); local m = arg()
                redis.call('SADD', k, m)
              elseif op == 'srem' then
                local k = key(); local m = arg()
                redis.call('SREM', k, m)
              elseif op == 'rpush' then
                local k = key(); local v = arg()
                redis.call('RPUSH', k, v)
              elseif op == 'del' then
                redis.call('DEL', key())
              elseif op == 'lpush' then
                local k = key(); local v = arg()
                redis.call('LPUSH', k, v)
              else
                return redis.error_reply('unknown op ' .. op)
              end
            end
            return {'ok'}
            """;
}
