package org.civicchat.notice;

import org.civicchat.store.RedisScript;
import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outbox and each message's delivery record.
 * <pre>
 * cc:notice:{nt}:outbox         stream  n (notice id), o (openid), a (attempt); consumer group "delivery"
 * cc:notice:{nt}:retry          zset    "notice|openid|attempt" → when it goes back into the outbox (ms)
 * cc:notice:{nt}:n:&lt;id&gt;:d       hash    openid → q (queued) | p|entry|consumer|ms (in flight) | r|attempt
 *                                       (retry due) | h (held) | s (sent) | f|reason (given up)
 * cc:notice:{nt}:rate:&lt;second&gt;  string  messages started in that second, across nodes
 * </pre>
 * A message is sent only by the worker that moved its record to p (claim script), and the record leaves p
 * only through that same worker (mark script) or, after {@code claimIdle}, a takeover. Every notice key shares
 * the hash tag {@code {nt}}: the scripts join a notice, a resident and the outbox, so in Cluster they live in one
 * slot (see {@code notice/package-info.java} for the trade-off).
 */
@Component
class DeliveryStore {

    static final String OUTBOX = NoticeStore.PREFIX + "outbox";
    static final String GROUP = "delivery";
    private static final String RETRY = NoticeStore.PREFIX + "retry";
    private static final String RATE = NoticeStore.PREFIX + "rate:";

    private static final RedisScript FANOUT = new RedisScript("""
            local added = 0
            for i = 2, #ARGV do
              if redis.call('HSETNX', KEYS[1], ARGV[i], 'q') == 1 then
                redis.call('XADD', KEYS[2], '*', 'n', ARGV[1], 'o', ARGV[i], 'a', '0')
                added = added + 1
              end
            end
            redis.call('HINCRBY', KEYS[3], 'queued', added)
            return added
            """);

    private static final RedisScript MOVE_DUE = new RedisScript("""
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            for _, m in ipairs(due) do
              local n, o, a = string.match(m, '^([^|]*)|(.*)|(%d+)$')
              redis.call('XADD', KEYS[2], '*', 'n', n, 'o', o, 'a', a)
              redis.call('ZREM', KEYS[1], m)
            end
            return #due
            """);

    private static final RedisScript FLUSH_HELD = new RedisScript("""
            local ids = redis.call('LRANGE', KEYS[1], 0, -1)
            redis.call('DEL', KEYS[1])
            for _, id in ipairs(ids) do
              redis.call('XADD', KEYS[2], '*', 'n', id, 'o', ARGV[1], 'a', '0')
            end
            return #ids
            """);

    /** Fixed one-second windows on the server's clock: 0 to go, else milliseconds to the next window. */
    private static final RedisScript RATE_WINDOW = new RedisScript("""
            local t = redis.call('TIME')
            local key = KEYS[1] .. t[1]
            local n = redis.call('INCR', key)
            if n == 1 then redis.call('PEXPIRE', key, 2000) end
            if n <= tonumber(ARGV[1]) then return 0 end
            return 1000 - math.floor(tonumber(t[2]) / 1000)
            """);

    /** Customer-service messages of a window that routine (low-priority) notices leave for what residents must see. */
    static final int LOW_PRIORITY_RESERVE = 2;

    private final UnifiedJedis redis;

    DeliveryStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    static String deliveryKey(String noticeId) {
        return NoticeStore.noticeKey(noticeId) + ":d";
    }

    void ensureGroup() {
        try {
            redis.xgroupCreate(OUTBOX, GROUP, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().contains("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Queues the notice for these residents, skipping any it was already queued for; returns how many were new. */
    long fanout(String noticeId, List<String> openids) {
        List<String> args = new ArrayList<>(openids.size() + 1);
        args.add(noticeId);
        args.addAll(openids);
        return ((Number) FANOUT.run(redis, List.of(deliveryKey(noticeId), OUTBOX, NoticeStore.statsKey(noticeId)), args))
                .longValue();
    }

    List<OutboxEntry> read(String consumer, int count, int blockMillis) {
        return entries(redis.xreadGroup(GROUP, consumer, XReadGroupParams.xReadGroupParams().count(count)
                .block(blockMillis), Map.of(OUTBOX, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY)));
    }

    /** Entries delivered to this consumer before and never acknowledged (a restart with the same name). */
    List<OutboxEntry> ownPending(String consumer, int count) {
        return entries(redis.xreadGroup(GROUP, consumer, XReadGroupParams.xReadGroupParams().count(count),
                Map.of(OUTBOX, new StreamEntryID(0, 0))));
    }

    /** Takes over entries pending longer than {@code minIdleMillis} on any consumer; returns the next cursor. */
    Map.Entry<String, List<OutboxEntry>> autoclaim(String consumer, long minIdleMillis, String cursor, int count) {
        Map.Entry<StreamEntryID, List<StreamEntry>> page = redis.xautoclaim(OUTBOX, GROUP, consumer, minIdleMillis,
                new StreamEntryID(cursor), XAutoClaimParams.xAutoClaimParams().count(count));
        List<OutboxEntry> entries = new ArrayList<>();
        for (StreamEntry e : page.getValue()) {
            if (e != null && e.getFields() != null) {
                entries.add(entry(e));
            }
        }
        return Map.entry(page.getKey().toString(), entries);
    }

    void ack(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        StreamEntryID[] entryIds = ids.stream().map(StreamEntryID::new).toArray(StreamEntryID[]::new);
        redis.xack(OUTBOX, GROUP, entryIds);
        redis.xdel(OUTBOX, entryIds);
    }

    /** Hands entries this consumer has not started back to the outbox, for any worker to take at once. */
    void requeue(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (AbstractPipeline p = redis.pipelined()) {
            for (OutboxEntry e : entries) {
                p.xadd(OUTBOX, XAddParams.xAddParams(), Map.of("n", e.noticeId(), "o", e.openid(),
                        "a", Integer.toString(e.attempt())));
            }
            p.sync();
        }
        ack(entries.stream().map(OutboxEntry::id).toList());
    }

    /**
     * Moves the record to in-flight for this worker and picks the route; or says why there is nothing to send.
     */
    Claim claim(Notice notice, OutboxEntry entry, String consumer, long now, long takeoverMillis,
                NoticeSettings settings, boolean hasTemplate) {
        List<String> keys = List.of(NoticeStore.noticeKey(notice.id()), deliveryKey(notice.id()),
                ResidentStore.residentKey(entry.openid()), NoticeStore.statsKey(notice.id()),
                ResidentStore.heldKey(entry.openid()));
        // ARGV 6, 9 and 10 are unused: mass notices no longer go through the outbox (MassSend)
        List<String> args = List.of(entry.openid(), entry.id(), consumer, Long.toString(now),
                Long.toString(takeoverMillis), "-", Integer.toString(settings.csPerWindow()),
                Long.toString(settings.window().toMillis()), "-", "-",
                hasTemplate ? "1" : "0", notice.single() ? "1" : "0", notice.id(), Integer.toString(LOW_PRIORITY_RESERVE));
        return Claim.of((List<?>) DeliveryScripts.CLAIM.run(redis, keys, args));
    }

    /**
     * Records how this worker's send ended: s (sent), f (given up; {@code inactive} marks the resident), r (retry
     * at {@code dueMillis}) or pause (the whole notice waits until {@code dueMillis}).
     *
     * @return 1 the notice is now done, 0 not yet, -1 the record was no longer this worker's (taken over)
     */
    long mark(Notice notice, OutboxEntry entry, String consumer, String outcome, String reason, int nextAttempt,
              long dueMillis, long now, String inactive, String pausedReason) {
        List<String> keys = List.of(NoticeStore.noticeKey(notice.id()), deliveryKey(notice.id()),
                ResidentStore.residentKey(entry.openid()), NoticeStore.statsKey(notice.id()), RETRY);
        List<String> args = List.of(entry.openid(), entry.id(), consumer, outcome, reason == null ? "" : reason,
                entry.retryMember(nextAttempt), Long.toString(dueMillis), Long.toString(now),
                Integer.toString(nextAttempt), inactive == null ? "" : inactive, pausedReason == null ? "" : pausedReason);
        return ((Number) DeliveryScripts.MARK.run(redis, keys, args)).longValue();
    }

    /** Puts an entry back for later without touching its record (the notice is paused). */
    void later(OutboxEntry entry, long dueMillis) {
        redis.zadd(RETRY, dueMillis, entry.retryMember(entry.attempt()));
    }

    /** Retries whose time has come go back into the outbox; returns how many. */
    long moveDueRetries(long now, int limit) {
        return ((Number) MOVE_DUE.run(redis, List.of(RETRY, OUTBOX), List.of(Long.toString(now),
                Integer.toString(limit)))).longValue();
    }

    long flushHeld(String openid) {
        return ((Number) FLUSH_HELD.run(redis, List.of(ResidentStore.heldKey(openid), OUTBOX), List.of(openid)))
                .longValue();
    }

    /** @return 0 to send now, else milliseconds until the shared per-second budget has room again */
    long rateWait(int perSecond) {
        return ((Number) RATE_WINDOW.run(redis, List.of(RATE), List.of(Integer.toString(perSecond)))).longValue();
    }

    /** The delivery record of one resident, for tests and support. */
    String record(String noticeId, String openid) {
        return redis.hget(deliveryKey(noticeId), openid);
    }

    long pendingCount() {
        return redis.xpending(OUTBOX, GROUP).getTotal();
    }

    private static List<OutboxEntry> entries(List<Map.Entry<String, List<StreamEntry>>> streams) {
        List<OutboxEntry> entries = new ArrayList<>();
        if (streams == null) {
            return entries;
        }
        for (Map.Entry<String, List<StreamEntry>> stream : streams) {
            for (StreamEntry e : stream.getValue()) {
                if (e != null && e.getFields() != null) {
                    entries.add(entry(e));
                }
            }
        }
        return entries;
    }

    private static OutboxEntry entry(StreamEntry e) {
        Map<String, String> f = e.getFields();
        return new OutboxEntry(e.getID().toString(), f.get("n"), f.get("o"), Integer.parseInt(f.getOrDefault("a", "0")));
    }
}
