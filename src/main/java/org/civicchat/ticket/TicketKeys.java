package org.civicchat.ticket;

/**
 * The ticket feature's Redis keys, known only to its stores. Every key carries the one hash tag {@code {tk}}:
 * in Redis Cluster they all live in one slot, so filing a ticket, its indexes, its log and the idempotency
 * record are written by one Lua script, atomically. The price is that ticket data does not spread over
 * Cluster shards; a district's tickets (10^5 a year, a few KB each) fit one shard comfortably. The design and
 * the alternative weighed are in {@code package-info.java}.
 */
public final class TicketKeys {

    public static final String PREFIX = "cc:ticket:{tk}:";

    private TicketKeys() {
    }

    static String ticket(String number) { return PREFIX + "t:" + number; }
    static String log(String number) { return PREFIX + "log:" + number; }
    static String photos(String number) { return PREFIX + "photos:" + number; }
    static String followers(String number) { return PREFIX + "followers:" + number; }
    static String reports(String number) { return PREFIX + "reports:" + number; }
    public static String source(String sourceKey) { return PREFIX + "src:" + sourceKey; }
    static String sequence(String day) { return PREFIX + "seq:" + day; }

    static String all() { return PREFIX + "idx:all"; }
    static String open() { return PREFIX + "idx:open"; }
    static String deadlines() { return PREFIX + "idx:deadline"; }
    static String overdue() { return PREFIX + "idx:overdue"; }
    /** Tickets filed as urgent (danger to people), by filing time; closed ones are dropped as they are read. */
    static String urgent() { return PREFIX + "idx:urgent"; }
    static String status(TicketStatus status) { return PREFIX + "idx:status:" + status.id(); }
    static String department(String department) { return PREFIX + "idx:dept:" + department; }
    static String grid(String grid) { return PREFIX + "idx:grid:" + grid; }
    static String category(String category) { return PREFIX + "idx:cat:" + category; }
    static String resident(String openid) { return PREFIX + "idx:resident:" + openid; }
    static String day(String yyyymmdd) { return PREFIX + "idx:day:" + yyyymmdd; }

    static String pendingRatings(String openid) { return PREFIX + "rate:" + openid; }
    static String ratings(String department) { return PREFIX + "ratings:" + department; }
    static String ratingDepartments() { return PREFIX + "ratings"; }

public static String draft(String openid) { return PREFIX + "draft:" + openid; }
    public static String draftPhotos(String openid) { return PREFIX + "draft-photos:" + openid; }
    public static String drafts() { return PREFIX + "drafts"; }

    public static String digest(String number, String openid) { return PREFIX + "digest:" + number + ":" + openid; }
    public static String digestsDue() { return PREFIX + "digests:due"; }

    public static String mediaQueue() { return PREFIX + "media:queue"; }
    public static String mediaWorking() { return PREFIX + "media:working"; }
    static String temp(String id) { return PREFIX + "tmp:" + id; }
}
