package org.civicchat.ticket;

import java.time.Instant;
import java.util.LinkedHashMap;
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

    static String logLine(LogEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at().toEpochMilli());
        m.put("who", e.who());
        m.put("action", e.action());
        if (e.from() != null) {
            m.put("from", e.from().id());
        }
        if (e.to() != null) {
            m.put("to", e.to().id());
        }
        if (e.note() != null && !e.note().isEmpty()) {
            m.put("note", e.note());
        }
        if (e.photo() != null) {
            m.put("photo", e.photo());
        }
        if (e.toResident() != null && !e.toResident().isEmpty()) {
            m.put("toResident", e.toResident());
        }
        return Json.write(m);
    }

    static LogEntry logEntry(String json) {
        Map<String, Object> m = Json.read(json);
        return new LogEntry(Instant.ofEpochMilli(((Number) m.get("at")).longValue()), Json.str(m, "who"),
                Json.str(m, "action"), status(Json.str(m, "from")), status(Json.str(m, "to")), Json.str(m, "note"),
                Json.str(m, "photo"), Json.str(m, "toResident"));
    }

    public static String photoJson(Photo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("mediaId", p.mediaId() == null ? "" : p.mediaId());
        m.put("picUrl", p.picUrl() == null ? "" : p.picUrl());
        m.put("kind", p.kind());
        m.put("state", p.state());
        m.put("at", p.addedAt().toEpochMilli());
        return Json.write(m);
    }

    public static Photo photo(String json) {
        Map<String, Object> m = Json.read(json);
        return new Photo(Json.str(m, "id"), Json.str(m, "mediaId"), Json.str(m, "picUrl"), Json.str(m, "kind"),
                Json.str(m, "state"), Instant.ofEpochMilli(((Number) m.get("at")).longValue()));
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

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
