package org.civicchat.ticket;

import org.civicchat.store.StoreUnavailable;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.ZParams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Staff lists from the sorted-set indexes, never a scan of all tickets: the filters pick index sets, several
 * are intersected (ZINTERSTORE into a short-lived key of the same slot), dates are a score range, and a page
 * is a ranged read. Only a text filter reads descriptions, of candidates the other filters left.
 */
@Component
class TicketQueryStore {

    private static final int TEMP_SECONDS = 30;
    private static final int CHUNK = 500;
    private static final java.util.Set<TicketStatus> OPEN = java.util.Arrays.stream(TicketStatus.values())
            .filter(TicketStatus::open).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final UnifiedJedis redis;

    TicketQueryStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** Numbers of one page and the total; {@code matcher} (nullable) filters on description + location. */
    Page numbers(TicketFilter f, long fromMillis, long toMillis, java.util.function.Predicate<String> matcher) {
        try {
            List<String> temps = new ArrayList<>();
            try {
                String base = base(f, temps);
                if (matcher == null) {
                    long total = redis.zcount(base, fromMillis, toMillis);
                    int offset = f.page() * f.size();
                    List<String> numbers = f.newestFirst()
                            ? redis.zrevrangeByScore(base, toMillis, fromMillis, offset, f.size())
                            : redis.zrangeByScore(base, fromMillis, toMillis, offset, f.size());
                    return new Page(numbers, total, true);
                }
                return scanText(base, f, fromMillis, toMillis, matcher);
            } finally {
                if (!temps.isEmpty()) {
                    redis.del(temps.toArray(String[]::new));
                }
            }
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("list tickets", e);
        }
    }

    private Page scanText(String base, TicketFilter f, long fromMillis, long toMillis,
                          java.util.function.Predicate<String> matcher) {
        int skip = f.page() * f.size();
        List<String> page = new ArrayList<>();
        long matched = 0;
        int scanned = 0;
        boolean exact = true;
        while (true) {
            List<String> chunk = f.newestFirst()
                    ? redis.zrevrangeByScore(base, toMillis, fromMillis, scanned, CHUNK)
                    : redis.zrangeByScore(base, fromMillis, toMillis, scanned, CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            List<String> texts = texts(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                if (matcher.test(texts.get(i))) {
                    if (matched >= skip && page.size() < f.size()) {
                        page.add(chunk.get(i));
                    }
                    matched++;
                }
            }
            scanned += chunk.size();
            if (scanned >= TicketFilter.TEXT_SCAN_LIMIT) {
                exact = chunk.size() < CHUNK;
                break;
            }
        }
        return new Page(page, matched, exact);
    }

    private List<String> texts(List<String> numbers) {
        try (AbstractPipeline p = redis.pipelined()) {
            List<Response<List<String>>> rs = new ArrayList<>();
            for (String n : numbers) {
                rs.add(p.hmget(TicketKeys.ticket(n), "description", "location"));
            }
            p.sync();
            List<String> out = new ArrayList<>(numbers.size());
            for (Response<List<String>> r : rs) {
                List<String> v = r.get();
                out.add((v.get(0) == null ? "" : v.get(0)) + " " + (v.get(1) == null ? "" : v.get(1)));
            }
            return out;
        }
    }

    /** The one index to read: a filter's own, or the intersection of several. */
    private String base(TicketFilter f, List<String> temps) {
        List<String> sets = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            if (f.statuses().size() == 1) {
                sets.add(TicketKeys.status(f.statuses().iterator().next()));
            } else if (f.statuses().equals(OPEN)) {
                sets.add(TicketKeys.open());
            } else {
                String union = TicketKeys.temp(UUID.randomUUID().toString());
                temps.add(union);
                redis.zunionstore(union, new ZParams().aggregate(ZParams.Aggregate.MAX),
                        f.statuses().stream().map(TicketKeys::status).toArray(String[]::new));
                redis.expire(union, TEMP_SECONDS);
                sets.add(union);
            }
        }
        if (present(f.category())) {
            sets.add(TicketKeys.category(f.category()));
        }
        if (present(f.department())) {
            sets.add(TicketKeys.department(f.department()));
        }
        if (present(f.grid())) {
            sets.add(TicketKeys.grid(f.grid()));
        }
        if (f.overdueOnly()) {
            sets.add(TicketKeys.overdue());
        }
        if (sets.isEmpty()) {
            return TicketKeys.all();
        }
        if (sets.size() == 1) {
            return sets.get(0);
        }
        String inter = TicketKeys.temp(UUID.randomUUID().toString());
        temps.add(inter);
        redis.zinterstore(inter, new ZParams().aggregate(ZParams.Aggregate.MAX), sets.toArray(String[]::new));
        redis.expire(inter, TEMP_SECONDS);
        return inter;
    }

    /** Tickets filed on one day (Asia/Shanghai), for daily figures. */
    long countOn(LocalDate day) {
        try {
            return redis.zcard(TicketKeys.day(day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("count tickets", e);
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    record Page(List<String> numbers, long total, boolean exact) {
    }
}
