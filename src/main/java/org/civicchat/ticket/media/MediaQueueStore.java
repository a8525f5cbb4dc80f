package org.civicchat.ticket.media;

import org.civicchat.store.StoreUnavailable;
import org.civicchat.ticket.TicketKeys;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.util.Optional;

/**
 * The photo download queue: jobs are pushed with the ticket write that adds the photo; a worker moves one to
 * the working list (LMOVE) while it handles it, so a job survives a crash mid-download and is put back at the
 * next start. Single-consumer-per-job across nodes; a job in flight on a node that died waits for a restart.
 */
@Component
public class MediaQueueStore {

    private final UnifiedJedis redis;

    public MediaQueueStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    Optional<String> take() {
        try {
            return Optional.ofNullable(redis.lmove(TicketKeys.mediaQueue(), TicketKeys.mediaWorking(),
                    ListDirection.RIGHT, ListDirection.LEFT));
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("take a media job", e);
        }
    }

    void done(String job) {
        try {
            redis.lrem(TicketKeys.mediaWorking(), 1, job);
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("finish a media job", e);
        }
    }

    /** Puts back jobs left in the working list by a crash. */
    public long requeueWorking() {
        long moved = 0;
        try {
            while (redis.lmove(TicketKeys.mediaWorking(), TicketKeys.mediaQueue(), ListDirection.RIGHT,
                    ListDirection.RIGHT) != null) {
                moved++;
            }
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("requeue media jobs", e);
        }
        return moved;
    }

    public long waiting() {
        try {
            return redis.llen(TicketKeys.mediaQueue());
        } catch (JedisConnectionException e) {
            throw new StoreUnavailable("count media jobs", e);
        }
    }
}
