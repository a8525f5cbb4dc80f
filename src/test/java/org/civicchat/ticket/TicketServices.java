package org.civicchat.ticket;

import redis.clients.jedis.UnifiedJedis;

import java.nio.file.Path;

/** Real ticket faces on a given Redis, for plain-object tests outside this package. */
public final class TicketServices {

    /** Both faces over one ticket feature. */
    public record Faces(ResidentTickets residents, StaffTickets staff) {
    }

    private TicketServices() {
    }

    public static Faces onRedis(UnifiedJedis redis, Path dataDir) {
        TicketKit kit = new TicketKit(redis, dataDir);
        return new Faces(kit.residents, kit.staff);
    }
}
