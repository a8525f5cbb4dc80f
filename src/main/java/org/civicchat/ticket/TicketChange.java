package org.civicchat.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One atomic change of one ticket (and, for merges, another), built up by naming what changes; the keys are
 * {@link TicketKeys}'. {@link TicketStore#apply} runs it as one script: compare one field, check the guards,
 * then all writes or none.
 */
public final class TicketChange {

    private final String number;
    private final List<String> keys = new ArrayList<>();
    private final List<String> guards = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();
    private int guardOps;
    private int writeOps;
    private String guardField = "";
    private String guardValue = "";

    TicketChange(String number) {
        this.number = number;
        keys.add(TicketKeys.ticket(number));
    }

    String number() {
        return number;
    }

    public TicketChange expect(String field, String value) {
        this.guardField = field;
        this.guardValue = value == null ? "" : value;
        return this;
    }

    public TicketChange expectStatus(TicketStatus status) {
        return expect("status", status.id());
    }

    public TicketChange set(String field, String value) {
        return write("hset", key(TicketKeys.ticket(number)), field, value == null ? "" : value);
    }

    TicketChange clear(String field) {
        return write("hdel", key(TicketKeys.ticket(number)), field);
    }

    TicketChange status(TicketStatus from, TicketStatus to, Instant deadline) {
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

    TicketChange deadline(Instant deadline) {
        set("deadline", Long.toString(deadline.toEpochMilli()));
        write("zrem", key(TicketKeys.overdue()), number);
        set("overdue", "0");
        set("escalation", "0");
        return write("zadd", key(TicketKeys.deadlines()), Long.toString(deadline.toEpochMilli()), number);
    }

    public TicketChange overdue() {
        set("overdue", "1");
        return write("zaddc", key(TicketKeys.overdue()), number);
    }

    TicketChange routedTo(String oldDept, String dept, String oldGrid, String grid, String handler) {
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

    public TicketChange follower(String openid) {
        write("sadd", key(TicketKeys.followers(number)), openid);
        return write("zaddc", key(TicketKeys.resident(openid)), number);
    }

    TicketChange unfollow(String openid) {
        write("srem", key(TicketKeys.followers(number)), openid);
        return write("zrem", key(TicketKeys.resident(openid)), number);
    }

    public TicketChange report(String field, String json) {
        return write("hset", key(TicketKeys.reports(number)), field, json);
    }

    TicketChange removeReport(String field) {
        return write("hdel", key(TicketKeys.reports(number)), field);
    }

    public TicketChange log(LogEntry entry) {
        return write("rpush", key(TicketKeys.log(number)), TicketRows.logLine(entry));
    }

    /** Binds a source message to this ticket, refusing when it is already bound to one. */
    public TicketChange source(String sourceKey, Duration memory) {
        guardOps++;
        guards.addAll(List.of("srcnx", key(TicketKeys.source(sourceKey)), number,
                Long.toString(Math.max(1, memory.toSeconds()))));
        return this;
    }

    /** Adds a photo unless the ticket already has {@code max}; its download job goes on the queue. */
    TicketChange photo(Photo photo, int max, String mediaJob) {
        guardOps++;
        guards.addAll(List.of("max", key(TicketKeys.photos(number)), Integer.toString(max)));
        write("hset", key(TicketKeys.photos(number)), photo.id(), TicketRows.photoJson(photo));
        if (mediaJob != null) {
            write("lpush", key(TicketKeys.mediaQueue()), mediaJob);
        }
        return this;
    }

    public TicketChange mediaJob(String job) {
        return write("lpush", key(TicketKeys.mediaQueue()), job);
    }

    public TicketChange photoState(Photo photo) {
        return write("hset", key(TicketKeys.photos(number)), photo.id(), TicketRows.photoJson(photo));
    }

    TicketChange askRating(String openid, Instant at) {
        return write("zadd", key(TicketKeys.pendingRatings(openid)), Long.toString(at.toEpochMilli()), number);
    }

    TicketChange rated(String openid, String department, int rating) {
        write("zrem", key(TicketKeys.pendingRatings(openid)), number);
        set("rating", Integer.toString(rating));
        write("sadd", key(TicketKeys.ratingDepartments()), department);
        return write("hincr", key(TicketKeys.ratings(department)), Integer.toString(rating), "1");
    }

    TicketChange forgetRating(String openid) {
        return write("zrem", key(TicketKeys.pendingRatings(openid)), number);
    }

    /** The resident now follows another ticket too (a merge): written in the same script. */
    TicketChange followerOf(String other, Instant otherCreated, String openid) {
        write("sadd", key(TicketKeys.followers(other)), openid);
        return write("zadd", key(TicketKeys.resident(openid)), Long.toString(otherCreated.toEpochMilli()), other);
    }

    TicketChange unfollowOf(String other, String openid) {
        write("srem", key(TicketKeys.followers(other)), openid);
        return write("zrem", key(TicketKeys.resident(openid)), other);
    }

    TicketChange logOf(String other, LogEntry entry) {
        return write("rpush", key(TicketKeys.log(other)), TicketRows.logLine(entry));
    }

    TicketChange reportOf(String other, String field, String json) {
        return write("hset", key(TicketKeys.reports(other)), field, json);
    }

    TicketChange removeReportOf(String other, String field) {
        return write("hdel", key(TicketKeys.reports(other)), field);
    }

    /** Removes a resident's draft in the same script (the draft became this ticket or a follow). */
    public TicketChange consumeDraft(String openid) {
        write("del", key(TicketKeys.draft(openid)));
        write("del", key(TicketKeys.draftPhotos(openid)));
        return write("zrem", key(TicketKeys.drafts()), openid);
    }

    public TicketChange nextEscalationAt(Instant at) {
        return write("zadd", key(TicketKeys.deadlines()), Long.toString(at.toEpochMilli()), number);
    }

    public TicketChange noMoreEscalation() {
        return write("zrem", key(TicketKeys.deadlines()), number);
    }

    private TicketChange write(String op, String... args) {
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

    List<String> keys() {
        return keys;
    }

    /** The script's arguments: compared field and value, the operation count, guards first, then writes. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add(guardField);
        args.add(guardValue);
        args.add(Integer.toString(guardOps + writeOps));
        args.addAll(guards);
        args.addAll(writes);
        return args;
    }
}
