package org.civicchat.ticket;

import redis.clients.jedis.UnifiedJedis;

import java.nio.file.Path;

/** A real {@link TicketService} on a given Redis, for plain-object tests outside this package. */
public final class TicketServices {

    private TicketServices() {
    }

    public static TicketService onRedis(UnifiedJedis redis, Path dataDir) {
        return new TicketKit(redis, dataDir).service;
    }
}
