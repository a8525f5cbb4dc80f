package org.civicchat.volunteer;

import org.civicchat.store.RedisScript;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Volunteer activities in Redis. Every key of one activity carries the hash tag {@code {va:<id>}}, so each
 * script touches one slot; a resident's own keys carry {@code {vr:<openid>}} and are written outside scripts.
 * <pre>
 * cc:va:seq                        string  last activity id
 * cc:va:index                      zset    activity id → start (ms)
 * cc:va:code:&lt;code&gt;                string  check-in code → activity id (expires a week after the end)
 * cc:va:{va:id}:meta               hash    the activity's fields, status, code, created, order, no, version
 * cc:va:{va:id}:signed             zset    openid → arrival order (places taken)
 * cc:va:{va:id}:wait               zset    openid → arrival order (the waiting list)
 * cc:va:{va:id}:no                 hash    openid → roster number;  #&lt;no&gt; → openid
 * cc:va:{va:id}:contact            hash    openid → name and phone given for this activity, "name\tphone"
 * cc:va:{va:id}:at                 hash    openid → signed up (ms)
 * cc:va:{va:id}:checkin            hash    openid → checked in (ms)
 * cc:va:{va:id}:hours              hash    openid → minutes credited
 * cc:va:{va:id}:remind:&lt;kind&gt;:&lt;start&gt; string  the node that sends this reminder (SET NX)
 * cc:vr:{vr:openid}:acts           zset    activity id → start (ms): everything the resident joined or waits for
 * cc:vr:{vr:openid}:profile        hash    name, phone, community (of the last activity joined)
 * cc:vr:{vr:openid}:shown          string  the numbered list last shown, "list:3,1,7" or "mine:3,1"; 2 hours
 * cc:vr:{vr:openid}:wrong          string  wrong check-in codes in the current window
 * </pre>
 */
@Component
class VolunteerStore {

    private static final String PREFIX = "cc:va:";
    private static final String INDEX = PREFIX + "index";
    private static final Duration SHOWN_TTL = Duration.ofHours(2);
    private static final Duration CLAIM_TTL = Duration.ofDays(8);

    /**
     * Signs one resident up, or puts them on the waiting list, or neither. ARGV: openid, now (ms), may wait
     * (1/0), contact ("name\tphone" or ""). Returns {outcome, position}: signed, waiting (position on the
     * list), full, already, already-waiting (position), closed, cancelled, over, none.
     */
    private static final RedisScript SIGN_UP = new RedisScript("""
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
    private static final RedisScript CANCEL = new RedisScript("""
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
    private static final RedisScript PROMOTE = new RedisScript("""
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
    private static final RedisScript CHECK_IN = new RedisScript("""
            if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 'not-signed' end
            if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 0 then return 'already' end
            redis.call('HSETNX', KEYS[3], ARGV[1], ARGV[3])
            return 'ok'
            """);

    /** Changes the quota unless it would fall below the places taken. ARGV: quota. Returns 1, or -places taken. */
    private static final RedisScript SET_QUOTA = new RedisScript("""
            local taken = redis.call('ZCARD', KEYS[2])
            if tonumber(ARGV[1]) < taken then return -taken end
            redis.call('HSET', KEYS[1], 'quota', ARGV[1])
            return 1
            """);

    private final UnifiedJedis redis;

    VolunteerStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    private static String key(String id, String part) {
        return PREFIX + "{va:" + id + "}:" + part;
    }

    private static String residentKey(String openid, String part) {
        return "cc:vr:{vr:" + openid + "}:" + part;
    }

    String nextId() {
        return Long.toString(redis.incr(PREFIX + "seq"));
    }

    /** Reserves a code for this activity until {@code expireAt}; false when another activity has it. */
    boolean reserveCode(String code, String id, long expireAtMillis) {
        return "OK".equals(redis.set(PREFIX + "code:" + code, id, SetParams.setParams().nx().pxAt(expireAtMillis)));
    }

    void extendCode(String code, long expireAtMillis) {
        redis.pexpireAt(PREFIX + "code:" + code, expireAtMillis);
    }

    Optional<String> activityOfCode(String code) {
        return Optional.ofNullable(redis.get(PREFIX + "code:" + code));
    }

    void create(String id, Map<String, String> fields, long startsAt) {
        redis.hset(key(id, "meta"), fields);
        redis.zadd(INDEX, startsAt, id);
    }

    /** Writes changed fields (not the quota: see {@link #setQuota}); bumps the version. */
    long update(String id, Map<String, String> fields, long startsAt) {
        redis.hset(key(id, "meta"), fields);
        redis.zadd(INDEX, startsAt, id);
        return redis.hincrBy(key(id, "meta"), "version", 1);
    }

    /** @return 1 when set, else minus the places already taken */
    long setQuota(String id, int quota) {
        return ((Number) SET_QUOTA.run(redis, List.of(key(id, "meta"), key(id, "signed")),
                List.of(Integer.toString(quota)))).longValue();
    }

    void setStatus(String id, String status) {
        redis.hset(key(id, "meta"), "status", status);
    }

    /** The activity's fields with its live counts (signed, waiting, checkedIn), or empty. */
    Optional<Map<String, String>> find(String id) {
        return read(List.of(id)).stream().findFirst();
    }

    /** Several activities at once, in the order asked, skipping unknown ids. */
    List<Map<String, String>> read(List<String> ids) {
        List<Response<Map<String, String>>> metas = new ArrayList<>();
        List<Response<Long>> signed = new ArrayList<>();
        List<Response<Long>> waiting = new ArrayList<>();
        List<Response<Long>> checkedIn = new ArrayList<>();
        try (AbstractPipeline p = redis.pipelined()) {
            for (String id : ids) {
                metas.add(p.hgetAll(key(id, "meta")));
                signed.add(p.zcard(key(id, "signed")));
                waiting.add(p.zcard(key(id, "wait")));
                checkedIn.add(p.hlen(key(id, "checkin")));
            }
            p.sync();
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, String> meta = metas.get(i).get();
            if (meta.isEmpty()) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>(meta);
            m.put("id", ids.get(i));
            m.put("signed", Long.toString(signed.get(i).get()));
            m.put("waiting", Long.toString(waiting.get(i).get()));
            m.put("checkedIn", Long.toString(checkedIn.get(i).get()));
            out.add(m);
        }
        return out;
    }

    /** Ids of activities starting in [from, to] (ms), earliest first. */
    List<String> startingBetween(long from, long to) {
        return redis.zrangeByScore(INDEX, from, to);
    }

    /** Every activity id, earliest start first. */
    List<String> all() {
        return redis.zrange(INDEX, 0, -1);
    }

    /** {outcome, position}; see the script. */
    List<String> signUp(String id, String openid, long now, boolean mayWait, String contact) {
        List<?> result = (List<?>) SIGN_UP.run(redis, List.of(key(id, "meta"), key(id, "signed"), key(id, "wait"),
                        key(id, "no"), key(id, "contact"), key(id, "at")),
                List.of(openid, Long.toString(now), mayWait ? "1" : "0", contact == null ? "" : contact));
        return result.stream().map(String::valueOf).toList();
    }

    /** {outcome, promoted openids…}; see the script. */
    List<String> cancel(String id, String openid, long now) {
        List<?> result = (List<?>) CANCEL.run(redis, List.of(key(id, "meta"), key(id, "signed"), key(id, "wait"),
                key(id, "checkin")), List.of(openid, Long.toString(now)));
        return result.stream().map(String::valueOf).toList();
    }

    List<String> promote(String id) {
        List<?> result = (List<?>) PROMOTE.run(redis, List.of(key(id, "meta"), key(id, "signed"), key(id, "wait")),
                List.of());
        return result.stream().map(String::valueOf).toList();
    }

    /** ok, already or not-signed. */
    String checkIn(String id, String openid, long now, long minutes) {
        return String.valueOf(CHECK_IN.run(redis, List.of(key(id, "signed"), key(id, "checkin"), key(id, "hours")),
                List.of(openid, Long.toString(now), Long.toString(minutes))));
    }

    List<String> signedUp(String id) {
        return redis.zrange(key(id, "signed"), 0, -1);
    }

    List<String> waiting(String id) {
        return redis.zrange(key(id, "wait"), 0, -1);
    }

    /** 1-based position on the waiting list, or 0 when not on it. */
    long waitingPosition(String id, String openid) {
        Long rank = redis.zrank(key(id, "wait"), openid);
        return rank == null ? 0 : rank + 1;
    }

    boolean isSignedUp(String id, String openid) {
        return redis.zscore(key(id, "signed"), openid) != null;
    }

    /** Everything the roster shows of one activity, read at once. */
    RosterData roster(String id) {
        try (AbstractPipeline p = redis.pipelined()) {
            Response<List<String>> signed = p.zrange(key(id, "signed"), 0, -1);
            Response<List<String>> waiting = p.zrange(key(id, "wait"), 0, -1);
            Response<Map<String, String>> numbers = p.hgetAll(key(id, "no"));
            Response<Map<String, String>> contacts = p.hgetAll(key(id, "contact"));
            Response<Map<String, String>> at = p.hgetAll(key(id, "at"));
            Response<Map<String, String>> checkIns = p.hgetAll(key(id, "checkin"));
            Response<Map<String, String>> minutes = p.hgetAll(key(id, "hours"));
            p.sync();
            return new RosterData(signed.get(), waiting.get(), numbers.get(), contacts.get(), at.get(),
                    checkIns.get(), minutes.get());
        }
    }

    Optional<String> openidOfNumber(String id, int no) {
        return Optional.ofNullable(redis.hget(key(id, "no"), "#" + no));
    }

    void setMinutes(String id, String openid, long minutes) {
        redis.hset(key(id, "hours"), openid, Long.toString(minutes));
    }

    /** Minutes credited to one resident per activity id (activities without credit are left out). */
    Map<String, Long> minutesOf(String openid, List<String> ids) {
        List<Response<String>> found = new ArrayList<>();
        try (AbstractPipeline p = redis.pipelined()) {
            ids.forEach(id -> found.add(p.hget(key(id, "hours"), openid)));
            p.sync();
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (found.get(i).get() != null) {
                out.put(ids.get(i), Long.parseLong(found.get(i).get()));
            }
        }
        return out;
    }

    /** Per activity: places taken, check-ins and the minutes credited in all (for the figures). */
    List<long[]> totals(List<String> ids) {
        List<Response<Long>> signed = new ArrayList<>();
        List<Response<Long>> checked = new ArrayList<>();
        List<Response<List<String>>> minutes = new ArrayList<>();
        try (AbstractPipeline p = redis.pipelined()) {
            for (String id : ids) {
                signed.add(p.zcard(key(id, "signed")));
                checked.add(p.hlen(key(id, "checkin")));
                minutes.add(p.hvals(key(id, "hours")));
            }
            p.sync();
        }
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long sum = minutes.get(i).get().stream().mapToLong(Long::parseLong).sum();
            out.add(new long[]{signed.get(i).get(), checked.get(i).get(), sum});
        }
        return out;
    }

    /** True for the one caller that may send this reminder of this activity for this start time. */
    boolean claimReminder(String id, String kind, long startsAt) {
        return "OK".equals(redis.set(key(id, "remind:" + kind + ":" + startsAt), "1",
                SetParams.setParams().nx().px(CLAIM_TTL.toMillis())));
    }

    void joined(String openid, String id, long startsAt) {
        redis.zadd(residentKey(openid, "acts"), startsAt, id);
    }

    void left(String openid, String id) {
        redis.zrem(residentKey(openid, "acts"), id);
    }

    /** The resident's activities, latest start first. */
    List<String> activitiesOf(String openid) {
        return redis.zrevrange(residentKey(openid, "acts"), 0, -1);
    }

    Map<String, String> profile(String openid) {
        return redis.hgetAll(residentKey(openid, "profile"));
    }

    void saveProfile(String openid, String field, String value) {
        redis.hset(residentKey(openid, "profile"), field, value);
    }

    void showList(String openid, String kind, List<String> ids) {
        redis.psetex(residentKey(openid, "shown"), SHOWN_TTL.toMillis(), kind + ":" + String.join(",", ids));
    }

    /** {kind, ids…} of the list last shown, or empty. */
    Optional<String> shownList(String openid) {
        return Optional.ofNullable(redis.get(residentKey(openid, "shown")));
    }

    /** Counts one wrong code; returns the count in the current window. */
    long wrongCode(String openid, Duration window) {
        String key = residentKey(openid, "wrong");
        long count = redis.incr(key);
        if (count == 1) {
            redis.pexpire(key, window.toMillis());
        }
        return count;
    }

    long wrongCodes(String openid) {
        String v = redis.get(residentKey(openid, "wrong"));
        return v == null ? 0 : Long.parseLong(v);
    }

    /** Minutes until the wrong-code count lapses (at least 1). */
    long wrongCodeMinutesLeft(String openid) {
        long ms = redis.pttl(residentKey(openid, "wrong"));
        return Math.max(1, (ms + 59_999) / 60_000);
    }

    /** The raw roster of one activity. */
    record RosterData(List<String> signed, List<String> waiting, Map<String, String> numbers,
                      Map<String, String> contacts, Map<String, String> signedAt, Map<String, String> checkIns,
                      Map<String, String> minutes) {
    }
}
