package org.civicchat.volunteer;

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
 * script touches one slot. A resident's own keys are in {@link VolunteerResidentStore}.
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
 * </pre>
 */
@Component
class VolunteerStore {

    private static final String PREFIX = "cc:va:";
    private static final String INDEX = PREFIX + "index";
    private static final Duration CLAIM_TTL = Duration.ofDays(8);

    private final UnifiedJedis redis;

    VolunteerStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    private static String key(String id, String part) {
        return PREFIX + "{va:" + id + "}:" + part;
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
        return ((Number) VolunteerScripts.SET_QUOTA.run(redis, List.of(key(id, "meta"), key(id, "signed")),
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
        List<?> result = (List<?>) VolunteerScripts.SIGN_UP.run(redis, List.of(key(id, "meta"), key(id, "signed"), key(id, "wait"),
                        key(id, "no"), key(id, "contact"), key(id, "at")),
                List.of(openid, Long.toString(now), mayWait ? "1" : "0", contact == null ? "" : contact));
        return result.stream().map(String::valueOf).toList();
    }

    /** {outcome, promoted openids…}; see the script. */
    List<String> cancel(String id, String openid, long now) {
        List<?> result = (List<?>) VolunteerScripts.CANCEL.run(redis, List.of(key(id, "meta"), key(id, "signed"), key(id, "wait"),
                key(id, "checkin")), List.of(openid, Long.toString(now)));
        return result.stream().map(String::valueOf).toList();
    }

    List<String> promote(String id) {
        List<?> result = (List<?>) VolunteerScripts.PROMOTE.run(redis, List.of(key(id, "meta"), key(id, "signed"), key(id, "wait")),
                List.of());
        return result.stream().map(String::valueOf).toList();
    }

    /** ok, already or not-signed. */
    String checkIn(String id, String openid, long now, long minutes) {
        return String.valueOf(VolunteerScripts.CHECK_IN.run(redis, List.of(key(id, "signed"), key(id, "checkin"), key(id, "hours")),
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

    /** The raw roster of one activity. */
    record RosterData(List<String> signed, List<String> waiting, Map<String, String> numbers,
                      Map<String, String> contacts, Map<String, String> signedAt, Map<String, String> checkIns,
                      Map<String, String> minutes) {
    }
}
