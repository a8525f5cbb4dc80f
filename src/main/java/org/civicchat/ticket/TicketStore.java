package org.civicchat.ticket;

import org.civicchat.store.ReplicatedWrites;
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
public class TicketStore {

    private final UnifiedJedis redis;
    private final ReplicatedWrites replicated;

    TicketStore(UnifiedJedis redis, ReplicatedWrites replicated) {
        this.redis = redis;
        this.replicated = replicated;
    }

    /**
     * The number already filed for this source message, if any, once it is on a replica too (the first attempt
     * may have been refused for want of one): it is about to be told.
     */
    public Optional<String> numberForSource(String sourceKey) {
        return Optional.ofNullable((String) replicated.eval(TicketScripts.SOURCE, List.of(TicketKeys.source(sourceKey)),
                List.of(), "read a ticket source"));
    }

    public long nextSequence(String day) {
        return call("number a ticket", () -> redis.incr(TicketKeys.sequence(day)));
    }

    /**
     * Stores a new ticket with its indexes, first log line, photos and their download jobs, and removes the
     * draft it came from, in one script. A ticket without a number ({@code t.number()} null) is numbered by
     * the script from the day's sequence (one round trip for numbering and filing); it must have no media jobs,
     * which carry the number. Returns once a replica has it too, when the master has replicas (see
     * {@link ReplicatedWrites}), else throws {@link StoreUnavailable}.
     *
     * @param day the filing day, yyyyMMdd (the number's day)
     * @return the number now bound to {@code source}, and whether this call filed it (else it is the earlier one)
     */
    public Created create(NewTicket t, String source, Duration sourceMemory, String day) {
        boolean numbered = t.number() != null;
        if (!numbered && !t.mediaJobs().isEmpty()) {
            throw new IllegalArgumentException("a ticket numbered by the script cannot carry media jobs");
        }
        String placeholder = TicketKeys.sequence(day);
        List<String> keys = new ArrayList<>(List.of(TicketKeys.source(source),
                numbered ? TicketKeys.ticket(t.number()) : placeholder,
                numbered ? TicketKeys.log(t.number()) : placeholder,
                TicketKeys.draft(nz(t.draftOf())), TicketKeys.draftPhotos(nz(t.draftOf())),
                TicketKeys.drafts(), numbered ? TicketKeys.photos(t.number()) : placeholder,
                TicketKeys.deadlines(), TicketKeys.mediaQueue(),
                numbered ? TicketKeys.followers(t.number()) : placeholder,
                TicketKeys.all(), TicketKeys.open(), TicketKeys.status(TicketStatus.SUBMITTED),
                TicketKeys.department(t.fields().get("department")), TicketKeys.category(t.fields().get("category")),
                TicketKeys.resident(t.fields().get("openid")), TicketKeys.day(day)));
        String grid = t.fields().getOrDefault("grid", "");
        if (!grid.isEmpty()) {
            keys.add(TicketKeys.grid(grid));
        }
        List<String> args = new ArrayList<>(List.of(numbered ? t.number() : "",
                Long.toString(Math.max(1, sourceMemory.toSeconds())),
                t.fields().get("createdAt"), t.fields().get("deadline"), TicketRows.logLine(t.firstLog()),
                nz(t.draftOf()), t.fields().get("openid"), TicketNumbers.prefix(day), TicketKeys.PREFIX));
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
        List<?> r = (List<?>) replicated.eval(TicketScripts.CREATE, keys, args, "file a ticket");
        return new Created(String.valueOf(r.get(0)), Long.valueOf(1).equals(r.get(1)));
    }

    public TicketChange change(String number) {
        return new TicketChange(number);
    }

    /** Runs a change built with {@link #change(String)}. */
    public Result apply(TicketChange m) {
        List<String> args = new ArrayList<>(m.arguments());
        Object raw = call("change a ticket", () -> redis.eval(TicketScripts.MUTATE, m.keys(), args));
        List<?> reply = (List<?>) raw;
        String code = String.valueOf(reply.get(0));
        String detail = reply.size() > 1 ? String.valueOf(reply.get(1)) : "";
        return new Result(code, detail);
    }

    public Optional<Stored> read(String number) {
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

    public List<Stored> readAll(List<String> numbers) {
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

    public List<LogEntry> log(String number) {
        return call("read a ticket log", () -> redis.lrange(TicketKeys.log(number), 0, -1).stream()
                .map(TicketRows::logEntry).toList());
    }

    public List<Photo> photos(String number) {
        return call("read photos", () -> redis.hgetAll(TicketKeys.photos(number)).values().stream()
                .map(TicketRows::photo)
                .sorted(java.util.Comparator.comparing(Photo::addedAt).thenComparing(Photo::id))
                .toList());
    }

    public List<String> followers(String number) {
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

    public List<String> openNumbers() {
        return call("list open tickets", () -> redis.zrange(TicketKeys.open(), 0, -1));
    }

    /** Open tickets whose deadline is before {@code before}. */
    public List<String> deadlinesBefore(Instant before, int limit) {
        return call("list due tickets", () -> redis.zrangeByScore(TicketKeys.deadlines(), 0,
                before.toEpochMilli(), 0, limit));
    }

    /** The ticket a resident was last asked to rate, if any. */
    public void indexUrgent(String number, long at) {
        call("index an urgent ticket", () -> redis.zadd(TicketKeys.urgent(), at, number));
    }

    List<String> urgent(int limit) {
        return call("read urgent tickets", () -> redis.zrevrange(TicketKeys.urgent(), 0, limit - 1));
    }

    void unindexUrgent(String number) {
        call("drop an urgent ticket from its index", () -> redis.zrem(TicketKeys.urgent(), number));
    }

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
    public record Stored(Map<String, String> fields, int followers, int photos, boolean overdue) {
    }

    /** @param filed true when this call filed the ticket, false when the source had filed {@code number} before */
    public record Created(String number, boolean filed) {
    }

    /**
     * @param number  null to let the create script number it
     * @param draftOf openid whose draft this ticket consumes, or null
     */
    public record NewTicket(String number, Map<String, String> fields, LogEntry firstLog, List<Photo> photos,
                     List<String> mediaJobs, String draftOf) {
    }

    /** @param code ok, missing, conflict, full, source */
    public record Result(String code, String detail) {
        public boolean ok() {
            return "ok".equals(code);
        }
    }
}
