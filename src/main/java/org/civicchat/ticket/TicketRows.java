package org.civicchat.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Map;

/** Converts between stored hashes / JSON lines and the public value records. */
public final class TicketRows {

    private TicketRows() {
    }

    static Ticket ticket(Map<String, String> f, String categoryName, int followers, int photos, boolean overdue) {
        return new Ticket(f.get("number"), TicketStatus.fromId(f.get("status")), f.get("category"), categoryName,
                f.getOrDefault("department", ""), f.getOrDefault("grid", ""), f.getOrDefault("handler", ""),
                f.get("openid"), f.getOrDefault("description", ""), f.getOrDefault("location", ""),
                dbl(f.get("lat")), dbl(f.get("lng")), instant(f.get("createdAt")), instant(f.get("updatedAt")),
                instant(f.get("deadline")), blankToNull(f.get("duplicateOf")), blankToNull(f.get("reason")),
                (int) num(f.get("rating")), (int) num(f.get("escalation")), overdue, photos, followers,
                "1".equals(f.get("urgent")));
    }

    /** A log line as stored: {@code at} in epoch millis, the statuses by id, empty texts left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoredLogLine(long at, String who, String action, String from, String to, String note, String photo,
                         String toResident) {
    }

    /** A photo as stored: {@code at} in epoch millis, no media id or URL as "". */
    record StoredPhoto(String id, String mediaId, String picUrl, String kind, String state, long at) {
    }

    static String logLine(LogEntry e) {
        return Json.write(new StoredLogLine(e.at().toEpochMilli(), e.who(), e.action(),
                e.from() == null ? null : e.from().id(), e.to() == null ? null : e.to().id(), emptyToNull(e.note()),
                e.photo(), emptyToNull(e.toResident())));
    }

    static LogEntry logEntry(String json) {
        StoredLogLine l = Json.read(json, StoredLogLine.class);
        return new LogEntry(Instant.ofEpochMilli(l.at()), l.who(), l.action(), status(l.from()), status(l.to()),
                l.note(), l.photo(), l.toResident());
    }

    public static String photoJson(Photo p) {
        return Json.write(new StoredPhoto(p.id(), p.mediaId() == null ? "" : p.mediaId(),
                p.picUrl() == null ? "" : p.picUrl(), p.kind(), p.state(), p.addedAt().toEpochMilli()));
    }

    public static Photo photo(String json) {
        StoredPhoto p = Json.read(json, StoredPhoto.class);
        return new Photo(p.id(), p.mediaId(), p.picUrl(), p.kind(), p.state(), Instant.ofEpochMilli(p.at()));
    }

    private static TicketStatus status(String id) {
        return id == null ? null : TicketStatus.fromId(id);
    }

    public static Instant instant(String millis) {
        return millis == null || millis.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }

    private static Double dbl(String s) {
        return s == null || s.isEmpty() ? null : Double.valueOf(s);
    }

    private static long num(String s) {
        return s == null || s.isEmpty() ? 0 : Long.parseLong(s);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
