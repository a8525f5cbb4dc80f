package org.civicchat.admin;

import org.civicchat.store.StoreUnavailable;
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

/**
 * Counters per day (Asia/Shanghai) for the dashboard: one hash per day, a field per figure ("msg:faq",
 * "faq:refuse", "tickets:filed" …), kept for 400 days. Every node increments the same hash, so the figures
 * are the district's, not one node's.
 */
@Component
class DailyFigureStore {

    private static final String KEY = "cc:admin:figures:";
    private static final long KEEP_SECONDS = 400L * 24 * 3600;

    private final UnifiedJedis redis;

    DailyFigureStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** Adds {@code by} to each of the fields on {@code day}. */
    void add(LocalDate day, long by, String... fields) {
        String key = key(day);
        try (AbstractPipeline p = redis.pipelined()) {
            for (String field : fields) {
                p.hincrBy(key, field, by);
            }
            p.expire(key, KEEP_SECONDS);
            p.sync();
        } catch (JedisException e) {
            throw new StoreUnavailable("count a daily figure", e);
        }
    }

    /** The counters of each day, in the order given; a day without counts maps to an empty map. */
    Map<LocalDate, Map<String, Long>> days(List<LocalDate> days) {
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
