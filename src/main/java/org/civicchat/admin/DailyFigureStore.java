package org.civicchat.admin;

import org.civicchat.store.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters per day (Asia/Shanghai) for the dashboard: one hash per day, a field per figure ("msg:faq",
 * "faq:refuse", "tickets:filed" …), kept for 400 days. Every node increments the same hash, so the figures
 * are the district's, not one node's. Counts are added up in memory and written once a second in one
 * pipeline (and before the figures are read), so the per-message work costs no round trip; a node that dies
 * loses at most its last second of counts.
 */
@Component
class DailyFigureStore implements AutoCloseable {

    private static final String KEY = "cc:admin:figures:";
    private static final long KEEP_SECONDS = 400L * 24 * 3600;

    private static final Logger log = LoggerFactory.getLogger(DailyFigureStore.class);
    private static final long FLUSH_MILLIS = 1000;

    private final UnifiedJedis redis;
    private final ConcurrentHashMap<LocalDate, ConcurrentHashMap<String, AtomicLong>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "daily-figures");
        t.setDaemon(true);
        return t;
    });

    DailyFigureStore(UnifiedJedis redis) {
        this.redis = redis;
        flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Adds {@code by} to each of the fields on {@code day} (written within a second). */
    void add(LocalDate day, long by, String... fields) {
        ConcurrentHashMap<String, AtomicLong> counts = pending.computeIfAbsent(day, d -> new ConcurrentHashMap<>());
        for (String field : fields) {
            counts.computeIfAbsent(field, f -> new AtomicLong()).addAndGet(by);
        }
    }

    /** Writes the counts added since the last flush; a count that could not be written is kept for the next. */
    synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<LocalDate, Map<String, Long>> taken = new LinkedHashMap<>();
        pending.forEach((day, counts) -> counts.forEach((field, adder) -> {
            long n = adder.getAndSet(0);
            if (n != 0) {
                taken.computeIfAbsent(day, d -> new LinkedHashMap<>()).put(field, n);
            }
        }));
        if (taken.isEmpty()) {
            return;
        }
        try (AbstractPipeline p = redis.pipelined()) {
            taken.forEach((day, counts) -> {
                counts.forEach((field, n) -> p.hincrBy(key(day), field, n));
                p.expire(key(day), KEEP_SECONDS);
            });
            p.sync();
        } catch (JedisException e) {
            taken.forEach((day, counts) -> counts.forEach((field, n) -> add(day, n, field)));
            throw new StoreUnavailable("count a daily figure", e);
        }
        pending.keySet().removeIf(day -> pending.get(day).values().stream().allMatch(a -> a.get() == 0)
                && day.isBefore(LocalDate.now(FigureRecorder.ZONE).minusDays(1)));
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Dashboard figures not written yet (kept for the next try): {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        flusher.shutdown();
        flushQuietly();
    }

    /** The counters of each day, in the order given; a day without counts maps to an empty map. */
    Map<LocalDate, Map<String, Long>> days(List<LocalDate> days) {
        flushQuietly();
        try (AbstractPipeline p = redis.pipelined()) {
            List<Response<Map<String, String>>> responses = new ArrayList<>(days.size());
            for (LocalDate day : days) {
                responses.add(p.hgetAll(key(day)));
            }
            p.sync();
            Map<LocalDate, Map<String, Long>> out = new LinkedHashMap<>();
            for (int i = 0; i < days.size(); i++) {
                Map<String, Long> counts = new LinkedHashMap<>();
                responses.get(i).get().forEach((field, value) -> counts.put(field, Long.parseLong(value)));
                out.put(days.get(i), counts);
            }
            return out;
        } catch (JedisException e) {
            throw new StoreUnavailable("read daily figures", e);
        }
    }

    private static String key(LocalDate day) {
        return KEY + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}
