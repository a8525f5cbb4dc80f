package org.civicchat.ticket;

import org.civicchat.store.StoreUnavailable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tickets in Redis: a hash per ticket, its audit log (a list of JSON lines), photos and followers, and the
 * sorted-set indexes (score = creation time in ms) per status, department, grid, category, resident and day.
 * Every write is one Lua script, so a ticket and its indexes never disagree; see {@link TicketKeys} for the
 * Cluster choice. Filing is idempotent on the source message: the script binds the source to the number with
 * SET NX semantics and a second filing of the same source returns the first number.
 */
@Component
class TicketStore {

    /** Files a ticket unless its source is already bound; returns the number bound to the source. */
    private static final String CREATE = """
            local existing = redis.call('GET', KEYS[1])
            if existing then return existing end
            if redis.call('EXISTS', KEYS[2]) == 1 then return redis.error_reply('ticket ' .. ARGV[1] .. ' exists') end
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
            local i = 8
            local n = tonumber(ARGV[i]); i = i + 1
            for _ = 1, n do
              local f = ARGV[i]; local v = ARGV[i + 1]; i = i + 2
              redis.call('HSET', KEYS[2], f, v)
            end
            local np = tonumber(ARGV[i]); i = i + 1
            for _ = 1, np do
              local f = ARGV[i]; local v = ARGV[i + 1]; i = i + 2
              redis.call('HSET', KEYS[7], f, v)
            end
            local nj = tonumber(ARGV[i]); i = i + 1
            for _ = 1, nj do redis.call('LPUSH', KEYS[9], ARGV[i]); i = i + 1 end
            redis.call('RPUSH', KEYS[3], ARGV[5])
            redis.call('ZADD', KEYS[8], ARGV[4], ARGV[1])
            redis.call('SADD', KEYS[10], ARGV[7])
            for k = 11, #KEYS do redis.call('ZADD', KEYS[k], ARGV[3], ARGV[1]) end
            if ARGV[6] ~= '' then
              redis.call('DEL', KEYS[4], KEYS[5])
              redis.call('ZREM', KEYS[6], ARGV[6])
            end
            return ARGV[1]
            """;

    /**
     * Changes one existing ticket: optional compare on one field (status, escalation), then guards, then
     * writes, all or nothing. Returns {'ok'}, {'missing'}, {'conflict', current}, {'full'}, {'source', number}.
     */
    private static final String MUTATE = """
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

    private final UnifiedJedis redis;

    TicketStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** The number already filed for this source message, if any. */
    Optional<String> numberForSource(String sourceKey) {
        return call("read a ticket source", () -> Optional.ofNullable(redis.get(TicketKeys.source(sourceKey))));
    }

    long nextSequence(String day) {
        return call("number a ticket", () -> redis.incr(TicketKeys.sequence(day)));
    }

    /**
     * Stores a new ticket with its indexes, first log line, photos and their download jobs, and removes the
     * draft it came from, in one script.
     *
     * @return the number now bound to {@code source}: {@code number} when this call filed it, else the earlier one
     */
    String create(NewTicket t, String source, Duration sourceMemory) {
        List<String> keys = new ArrayList<>(List.of(TicketKeys.source(source), TicketKeys.ticket(t.number()),
                TicketKeys.log(t.number()), TicketKeys.draft(nz(t.draftOf())), TicketKeys.draftPhotos(nz(t.draftOf())),
                TicketKeys.drafts(), TicketKeys.photos(t.number()), TicketKeys.deadlines(), TicketKeys.mediaQueue(),
                TicketKeys.followers(t.number()), TicketKeys.all(), TicketKeys.open(), TicketKeys.status(TicketStatus.SUBMITTED),
                TicketKeys.department(t.fields().get("department")), TicketKeys.category(t.fields().get("category")),
                TicketKeys.resident(t.fields().get("openid")), TicketKeys.day(TicketNumbers.dayOf(t.number()))));
        String grid = t.fields().getOrDefault("grid", "");
        if (!grid.isEmpty()) {
            keys.add(TicketKeys.grid(grid));
        }
        List<String> args = new ArrayList<>(List.of(t.number(), Long.toString(Math.max(1, sourceMemory.toSeconds())),
                t.fields().get("createdAt"), t.fields().get("deadline"), TicketRows.logLine(t.firstLog()),
                nz(t.draftOf()), t.fields().get("openid")));
        args.add(Integer.toString(t.fields().size()));
        t.fields().forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        args.add(Integer.toString(t.photos().size()));
        for (Photo p : t.photos()) {
            args.add(p.id());
            args.add(TicketRows.photoJson(p));
        }
        args.add(Integer.toString(t.mediaJobs().size()));
        args.addAll(t.mediaJobs());
        return call("file a ticket", () -> String.valueOf(redis.eval(CREATE, keys, args)));
    }

    Mutation change(String number) {
        return new Mutation(number);
    }

    /** Runs a change built with {@link #change(String)}. */
    Result apply(Mutation m) {
        List<String> args = new ArrayList<>();
        args.add(m.guardField);
        args.add(m.guardValue);
        args.add(Integer.toString(m.guardOps + m.writeOps));
        args.addAll(m.guards);
        args.addAll(m.writes);
        Object raw = call("change a ticket", () -> redis.eval(MUTATE, m.keys, args));
        List<?> reply = (List<?>) raw;
        String code = String.valueOf(reply.get(0));
        String detail = reply.size() > 1 ? String.valueOf(reply.get(1)) : "";
        return new Result(code, detail);
    }

    Optional<Stored> read(String number) {
        return call("read a ticket", () -> {
            try (AbstractPipeline p = redis.pipelined()) {
                Response<Map<String, String>> fields = p.hgetAll(TicketKeys.ticket(number));
                Response<Long> followers = p.scard(TicketKeys.followers(number));
                Response<Long> photos = p.hlen(TicketKeys.photos(number));
                Response<Double> overdue = p.zscore(TicketKeys.overdue(), number);
                p.sync();
                if (fields.get().isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(fields.get(), followers.get().intValue(), photos.get().intValue(),
                        overdue.get() != null));
            }
        });
    }

    List<Stored> readAll(List<String> numbers) {
        List<Stored> out = new ArrayList<>(numbers.size());
        if (numbers.isEmpty()) {
            return out;
        }
        return call("read tickets", () -> {
            try (AbstractPipeline p = redis.pipelined()) {
                List<Response<Map<String, String>>> fields = new ArrayList<>();
                List<Response<Long>> followers = new ArrayList<>();
                List<Response<Long>> photos = new ArrayList<>();
                List<Response<Double>> overdue = new ArrayList<>();
                for (String n : numbers) {
                    fields.add(p.hgetAll(TicketKeys.ticket(n)));
                    followers.add(p.scard(TicketKeys.followers(n)));
                    photos.add(p.hlen(TicketKeys.photos(n)));
                    overdue.add(p.zscore(TicketKeys.overdue(), n));
                }
                p.sync();
                for (int i = 0; i < numbers.size(); i++) {
                    if (!fields.get(i).get().isEmpty()) {
                        out.add(new Stored(fields.get(i).get(), followers.get(i).get().intValue(),
                                photos.get(i).get().intValue(), overdue.get(i).get() != null));
                    }
                }
                return out;
            }
        });
    }

    List<LogEntry> log(String number) {
        return call("read a ticket log", () -> redis.lrange(TicketKeys.log(number), 0, -1).stream()
                .map(TicketRows::logEntry).toList());
    }

    List<Photo> photos(String number) {
        return call("read photos", () -> redis.hgetAll(TicketKeys.photos(number)).values().stream()
                .map(TicketRows::photo)
                .sorted(java.util.Comparator.comparing(Photo::addedAt).thenComparing(Photo::id))
                .toList());
    }

    List<String> followers(String number) {
        return call("read followers", () -> List.copyOf(redis.smembers(TicketKeys.followers(number))));
    }

    boolean isFollower(String number, String openid) {
        return call("read followers", () -> redis.sismember(TicketKeys.followers(number), openid));
    }

    /** Follow-up reports of residents who reported the same problem again, oldest first. */
    Map<String, String> reports(String number) {
        return call("read reports", () -> new LinkedHashMap<>(redis.hgetAll(TicketKeys.reports(number))));
    }

    /** The resident's own and followed tickets, newest first. */
    List<String> residentTickets(String openid, int limit) {
        return call("list a resident's tickets",
                () -> redis.zrevrange(TicketKeys.resident(openid), 0, limit - 1));
    }

    List<String> openNumbers() {
        return call("list open tickets", () -> redis.zrange(TicketKeys.open(), 0, -1));
    }

    /** Open tickets whose deadline is before {@code before}. */
    List<String> deadlinesBefore(Instant before, int limit) {
        return call("list due tickets", () -> redis.zrangeByScore(TicketKeys.deadlines(), 0,
                before.toEpochMilli(), 0, limit));
    }

    /** The ticket a resident was last asked to rate, if any. */
    Optional<String> latestPendingRating(String openid) {
        return call("read pending ratings", () -> redis.zrevrange(TicketKeys.pendingRatings(openid), 0, 0)
                .stream().findFirst());
    }

    /** Department → counts of ratings 1, 2, 3. */
    Map<String, Map<String, String>> ratings() {
        return call("read ratings", () -> {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            for (String dept : redis.smembers(TicketKeys.ratingDepartments())) {
                out.put(dept, redis.hgetAll(TicketKeys.ratings(dept)));
            }
            return out;
        });
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable(what, e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** What a ticket's hash holds plus its counts. */
    record Stored(Map<String, String> fields, int followers, int photos, boolean overdue) {
    }

    /** @param draftOf openid whose draft this ticket consumes, or null */
    record NewTicket(String number, Map<String, String> fields, LogEntry firstLog, List<Photo> photos,
                     List<String> mediaJobs, String draftOf) {
    }

    /** @param code ok, missing, conflict, full, source */
    record Result(String code, String detail) {
        boolean ok() {
            return "ok".equals(code);
        }
    }

    /** One atomic change of one ticket; the methods name what changes, the store knows the keys. */
    static final class Mutation {
        private final String number;
        private final List<String> keys = new ArrayList<>();
        private final List<String> guards = new ArrayList<>();
        private final List<String> writes = new ArrayList<>();
        private int guardOps;
        private int writeOps;
        private String guardField = "";
        private String guardValue = "";

        private Mutation(String number) {
            this.number = number;
            keys.add(TicketKeys.ticket(number));
        }

        String number() {
            return number;
        }

        Mutation expect(String field, String value) {
            this.guardField = field;
            this.guardValue = value == null ? "" : value;
            return this;
        }

        Mutation expectStatus(TicketStatus status) {
            return expect("status", status.id());
        }

        Mutation set(String field, String value) {
            return write("hset", key(TicketKeys.ticket(number)), field, value == null ? "" : value);
        }

        Mutation clear(String field) {
            return write("hdel", key(TicketKeys.ticket(number)), field);
        }

        Mutation status(TicketStatus from, TicketStatus to, Instant deadline) {
            set("status", to.id());
            write("zrem", key(TicketKeys.status(from)), number);
            write("zaddc", key(TicketKeys.status(to)), number);
            if (to.open()) {
                write("zaddc", key(TicketKeys.open()), number);
                if (deadline != null) {
                    write("zadd", key(TicketKeys.deadlines()), Long.toString(deadline.toEpochMilli()), number);
                }
            } else {
                write("zrem", key(TicketKeys.open()), number);
                write("zrem", key(TicketKeys.deadlines()), number);
                write("zrem", key(TicketKeys.overdue()), number);
                set("overdue", "0");
            }
            return this;
        }

        Mutation deadline(Instant deadline) {
            set("deadline", Long.toString(deadline.toEpochMilli()));
            write("zrem", key(TicketKeys.overdue()), number);
            set("overdue", "0");
            set("escalation", "0");
            return write("zadd", key(TicketKeys.deadlines()), Long.toString(deadline.toEpochMilli()), number);
        }

        Mutation overdue() {
            set("overdue", "1");
            return write("zaddc", key(TicketKeys.overdue()), number);
        }

        Mutation routedTo(String oldDept, String dept, String oldGrid, String grid, String handler) {
            set("department", dept);
            set("grid", grid);
            set("handler", handler);
            write("zrem", key(TicketKeys.department(oldDept)), number);
            write("zaddc", key(TicketKeys.department(dept)), number);
            if (oldGrid != null && !oldGrid.isEmpty()) {
                write("zrem", key(TicketKeys.grid(oldGrid)), number);
            }
            if (grid != null && !grid.isEmpty()) {
                write("zaddc", key(TicketKeys.grid(grid)), number);
            }
            return this;
        }

        Mutation follower(String openid) {
            write("sadd", key(TicketKeys.followers(number)), openid);
            return write("zaddc", key(TicketKeys.resident(openid)), number);
        }

        Mutation unfollow(String openid) {
            write("srem", key(TicketKeys.followers(number)), openid);
            return write("zrem", key(TicketKeys.resident(openid)), number);
        }

        Mutation report(String field, String json) {
            return write("hset", key(TicketKeys.reports(number)), field, json);
        }

        Mutation removeReport(String field) {
            return write("hdel", key(TicketKeys.reports(number)), field);
        }

        Mutation log(LogEntry entry) {
            return write("rpush", key(TicketKeys.log(number)), TicketRows.logLine(entry));
        }

        /** Binds a source message to this ticket, refusing when it is already bound to one. */
        Mutation source(String sourceKey, Duration memory) {
            guardOps++;
            guards.addAll(List.of("srcnx", key(TicketKeys.source(sourceKey)), number,
                    Long.toString(Math.max(1, memory.toSeconds()))));
            return this;
        }

        /** Adds a photo unless the ticket already has {@code max}; its download job goes on the queue. */
        Mutation photo(Photo photo, int max, String mediaJob) {
            guardOps++;
            guards.addAll(List.of("max", key(TicketKeys.photos(number)), Integer.toString(max)));
            write("hset", key(TicketKeys.photos(number)), photo.id(), TicketRows.photoJson(photo));
            if (mediaJob != null) {
                write("lpush", key(TicketKeys.mediaQueue()), mediaJob);
            }
            return this;
        }

        Mutation mediaJob(String job) {
            return write("lpush", key(TicketKeys.mediaQueue()), job);
        }

        Mutation photoState(Photo photo) {
            return write("hset", key(TicketKeys.photos(number)), photo.id(), TicketRows.photoJson(photo));
        }

        Mutation askRating(String openid, Instant at) {
            return write("zadd", key(TicketKeys.pendingRatings(openid)), Long.toString(at.toEpochMilli()), number);
        }

        Mutation rated(String openid, String department, int rating) {
            write("zrem", key(TicketKeys.pendingRatings(openid)), number);
            set("rating", Integer.toString(rating));
            write("sadd", key(TicketKeys.ratingDepartments()), department);
            return write("hincr", key(TicketKeys.ratings(department)), Integer.toString(rating), "1");
        }

        Mutation forgetRating(String openid) {
            return write("zrem", key(TicketKeys.pendingRatings(openid)), number);
        }

        /** The resident now follows another ticket too (a merge): written in the same script. */
        Mutation followerOf(String other, Instant otherCreated, String openid) {
            write("sadd", key(TicketKeys.followers(other)), openid);
            return write("zadd", key(TicketKeys.resident(openid)), Long.toString(otherCreated.toEpochMilli()), other);
        }

        Mutation unfollowOf(String other, String openid) {
            write("srem", key(TicketKeys.followers(other)), openid);
            return write("zrem", key(TicketKeys.resident(openid)), other);
        }

        Mutation logOf(String other, LogEntry entry) {
            return write("rpush", key(TicketKeys.log(other)), TicketRows.logLine(entry));
        }

        Mutation reportOf(String other, String field, String json) {
            return write("hset", key(TicketKeys.reports(other)), field, json);
        }

        Mutation removeReportOf(String other, String field) {
            return write("hdel", key(TicketKeys.reports(other)), field);
        }

        /** Removes a resident's draft in the same script (the draft became this ticket or a follow). */
        Mutation consumeDraft(String openid) {
            write("del", key(TicketKeys.draft(openid)));
            write("del", key(TicketKeys.draftPhotos(openid)));
            return write("zrem", key(TicketKeys.drafts()), openid);
        }

        Mutation nextEscalationAt(Instant at) {
            return write("zadd", key(TicketKeys.deadlines()), Long.toString(at.toEpochMilli()), number);
        }

        Mutation noMoreEscalation() {
            return write("zrem", key(TicketKeys.deadlines()), number);
        }

        private Mutation write(String op, String... args) {
            writeOps++;
            writes.add(op);
            writes.addAll(List.of(args));
            return this;
        }

        private String key(String key) {
            int i = keys.indexOf(key);
            if (i < 0) {
                keys.add(key);
                i = keys.size() - 1;
            }
            return Integer.toString(i + 1);
        }
    }
}
