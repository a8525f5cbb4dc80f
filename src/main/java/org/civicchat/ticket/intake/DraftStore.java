package org.civicchat.ticket.intake;

import org.civicchat.store.StoreUnavailable;
import org.civicchat.ticket.Draft;
import org.civicchat.ticket.Photo;
import org.civicchat.ticket.TicketKeys;
import org.civicchat.ticket.TicketRows;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Complaint drafts: a hash per resident, its photos in a list, and a sorted set of drafts by last change so
 * the sweeper finds the ones left alone. Callers hold the resident's session lock; the photo limit is
 * enforced in a script anyway, because WeChat may deliver 20 photos at the same moment.
 */
@Component
public class DraftStore {

    private static final String ADD_PHOTO = """
            if redis.call('LLEN', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
            redis.call('RPUSH', KEYS[1], ARGV[2])
            redis.call('HSETNX', KEYS[2], 'startedAt', ARGV[3])
            redis.call('HSET', KEYS[2], 'updatedAt', ARGV[3])
            redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
            return 1
            """;

    private static final String CLAIM = """
            local s = redis.call('ZSCORE', KEYS[1], ARGV[1])
            if s and tonumber(s) <= tonumber(ARGV[2]) then return redis.call('ZREM', KEYS[1], ARGV[1]) end
            return 0
            """;

    /** KEYS draft, photos, parked draft, parked photos, drafts; moves the draft aside unless one is parked. */
    private static final String PARK = """
            if redis.call('EXISTS', KEYS[3]) == 1 or redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            redis.call('RENAME', KEYS[1], KEYS[3])
            redis.call('EXPIRE', KEYS[3], 86400)
            if redis.call('EXISTS', KEYS[2]) == 1 then
              redis.call('RENAME', KEYS[2], KEYS[4])
              redis.call('EXPIRE', KEYS[4], 86400)
            end
            redis.call('ZREM', KEYS[5], ARGV[1])
            return 1
            """;

    /** KEYS parked draft, parked photos, draft, photos, drafts. */
    private static final String UNPARK = """
            if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
            redis.call('RENAME', KEYS[1], KEYS[3])
            redis.call('PERSIST', KEYS[3])
            redis.call('HSET', KEYS[3], 'updatedAt', ARGV[2])
            if redis.call('EXISTS', KEYS[2]) == 1 then
              redis.call('DEL', KEYS[4])
              redis.call('RENAME', KEYS[2], KEYS[4])
              redis.call('PERSIST', KEYS[4])
            end
            redis.call('ZADD', KEYS[5], ARGV[2], ARGV[1])
            return 1
            """;

    private final UnifiedJedis redis;

    public DraftStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    Optional<Draft> read(String openid) {
        return call("read a draft", () -> {
            try (AbstractPipeline p = redis.pipelined()) {
                Response<Map<String, String>> f = p.hgetAll(TicketKeys.draft(openid));
                Response<List<String>> photos = p.lrange(TicketKeys.draftPhotos(openid), 0, -1);
                p.sync();
                return parse(openid, f.get(), photos.get());
            }
        });
    }

    /**
     * One round trip before one message's words are added and perhaps filed: the number the message already
     * filed (a retry), the resident's draft, and whether a draft set aside waits.
     */
    Prepared prepare(String openid, String sourceKey) {
        return call("read a draft and its source", () -> {
            try (AbstractPipeline p = redis.pipelined()) {
                Response<String> filed = p.get(TicketKeys.source(sourceKey));
                Response<Map<String, String>> f = p.hgetAll(TicketKeys.draft(openid));
                Response<List<String>> photos = p.lrange(TicketKeys.draftPhotos(openid), 0, -1);
                Response<Boolean> parked = p.exists(parkedKey(openid));
                p.sync();
                return new Prepared(Optional.ofNullable(filed.get()), parse(openid, f.get(), photos.get()), parked.get());
            }
        });
    }

    /** A draft from its hash and its photo list as stored; empty when both are. */
    private static Optional<Draft> parse(String openid, Map<String, String> f, List<String> photos) {
        if (f.isEmpty() && photos.isEmpty()) {
            return Optional.empty();
        }
        List<Photo> list = new ArrayList<>(photos.stream().map(TicketRows::photo).toList());
        return Optional.of(new Draft(openid, f.getOrDefault("description", ""), blank(f.get("category")),
                blank(f.get("location")), dbl(f.get("lat")), dbl(f.get("lng")), list,
                TicketRows.instant(f.getOrDefault("startedAt", f.get("updatedAt"))),
                TicketRows.instant(f.get("updatedAt")), 0, "1".equals(f.get("truncated")),
                "1".equals(f.get("urgent"))));
    }

    /**
     * @param filed  the number the source message already filed, if any
     * @param parked whether a draft set aside waits to come back
     */
    record Prepared(Optional<String> filed, Optional<Draft> draft, boolean parked) {
    }

    /** Writes the draft's words and place (photos are added one by one with {@link #addPhoto}). */
    public void write(Draft d, Instant at) {
        call("save a draft", () -> {
            String key = TicketKeys.draft(d.openid());
            Map<String, String> fields = new java.util.HashMap<>();
            fields.put("description", d.description() == null ? "" : d.description());
            fields.put("category", d.category() == null ? "" : d.category());
            fields.put("location", d.location() == null ? "" : d.location());
            fields.put("lat", d.latitude() == null ? "" : d.latitude().toString());
            fields.put("lng", d.longitude() == null ? "" : d.longitude().toString());
            fields.put("truncated", d.truncated() ? "1" : "0");
            fields.put("updatedAt", Long.toString(at.toEpochMilli()));
            try (AbstractPipeline p = redis.pipelined()) {
                p.hsetnx(key, "startedAt", Long.toString(at.toEpochMilli()));
                p.hset(key, fields);
                p.zadd(TicketKeys.drafts(), at.toEpochMilli(), d.openid());
                p.sync();
            }
            return null;
        });
    }

    /** @return false when the draft already holds {@code max} photos */
    boolean addPhoto(String openid, Photo photo, int max, Instant at) {
        return call("add a photo to a draft", () -> ((Number) redis.eval(ADD_PHOTO,
                List.of(TicketKeys.draftPhotos(openid), TicketKeys.draft(openid), TicketKeys.drafts()),
                List.of(Integer.toString(max), TicketRows.photoJson(photo), Long.toString(at.toEpochMilli()), openid)))
                .longValue() == 1);
    }

    void markUrgent(String openid, Instant at) {
        call("mark a draft urgent", () -> {
            redis.hset(TicketKeys.draft(openid), Map.of("urgent", "1", "updatedAt", Long.toString(at.toEpochMilli())));
            redis.hsetnx(TicketKeys.draft(openid), "startedAt", Long.toString(at.toEpochMilli()));
            redis.zadd(TicketKeys.drafts(), at.toEpochMilli(), openid);
            return null;
        });
    }

    /** Replaces the words or the place of a draft (the resident corrects it before it is filed). */
    void revise(String openid, Map<String, String> fields) {
        call("revise a draft", () -> {
            redis.hset(TicketKeys.draft(openid), fields);
            return null;
        });
    }

    /**
     * Sets the draft aside while the resident reports another problem; {@link #unpark} brings it back. A
     * parked draft nobody comes back to is gone after a day.
     */
    boolean park(String openid) {
        return call("set a draft aside", () -> ((Number) redis.eval(PARK,
                List.of(TicketKeys.draft(openid), TicketKeys.draftPhotos(openid),
                        TicketKeys.draft(openid) + ":parked", TicketKeys.draftPhotos(openid) + ":parked",
                        TicketKeys.drafts()), List.of(openid))).longValue() == 1);
    }

    /** Brings a parked draft back if there is one and no other draft is open. */
    boolean unpark(String openid, Instant at) {
        return call("bring back a draft", () -> ((Number) redis.eval(UNPARK,
                List.of(TicketKeys.draft(openid) + ":parked", TicketKeys.draftPhotos(openid) + ":parked",
                        TicketKeys.draft(openid), TicketKeys.draftPhotos(openid), TicketKeys.drafts()),
                List.of(openid, Long.toString(at.toEpochMilli())))).longValue() == 1);
    }

    boolean hasParked(String openid) {
        return call("look for a parked draft", () -> redis.exists(parkedKey(openid)));
    }

    private static String parkedKey(String openid) {
        return TicketKeys.draft(openid) + ":parked";
    }

    void delete(String openid) {
        call("delete a draft", () -> {
            try (AbstractPipeline p = redis.pipelined()) {
                p.del(TicketKeys.draft(openid), TicketKeys.draftPhotos(openid));
                p.zrem(TicketKeys.drafts(), openid);
                p.sync();
            }
            return null;
        });
    }

    /** Residents whose draft has not changed since {@code before}. */
    List<String> idleSince(Instant before, int limit) {
        return call("list idle drafts", () -> redis.zrangeByScore(TicketKeys.drafts(), 0, before.toEpochMilli(), 0, limit));
    }

    /** Takes an idle draft out of the sweep list; true for exactly one caller across nodes. */
    boolean claimIdle(String openid, Instant before) {
        return call("claim an idle draft", () -> ((Number) redis.eval(CLAIM, List.of(TicketKeys.drafts()),
                List.of(openid, Long.toString(before.toEpochMilli())))).longValue() == 1);
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable(what, e);
        }
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Double dbl(String s) {
        return s == null || s.isEmpty() ? null : Double.valueOf(s);
    }
}
