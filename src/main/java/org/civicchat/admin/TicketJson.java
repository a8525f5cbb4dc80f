package org.civicchat.admin;

import org.civicchat.privacy.PersonalData;
import org.civicchat.shared.Beijing;
import org.civicchat.ticket.LogEntry;
import org.civicchat.ticket.Photo;
import org.civicchat.ticket.Report;
import org.civicchat.ticket.Ticket;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tickets as the staff API shows them: openids masked, personal numbers and e-mails in free text masked. */
final class TicketJson {

    static final ZoneId ZONE = Beijing.ZONE;
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    private TicketJson() {
    }

    static Map<String, Object> summary(Ticket t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.number());
        m.put("status", t.status().id());
        m.put("statusName", t.status().label());
        m.put("category", t.category());
        m.put("categoryName", t.categoryName());
        m.put("department", t.department());
        m.put("grid", t.grid());
        m.put("handler", t.handler());
        m.put("location", PersonalData.maskNumbers(t.location()));
        m.put("latitude", t.latitude());
        m.put("longitude", t.longitude());
        m.put("description", PersonalData.maskNumbers(t.description()));
        m.put("resident", PersonalData.openid(t.openid()));
        m.put("createdAt", time(t.createdAt()));
        m.put("updatedAt", time(t.updatedAt()));
        m.put("deadline", time(t.deadline()));
        m.put("overdue", t.overdue());
        m.put("urgent", t.urgent());
        m.put("escalation", t.escalation());
        m.put("followers", t.followerCount());
        m.put("photoCount", t.photoCount());
        m.put("rating", t.rating() == 0 ? null : t.rating());
        m.put("duplicateOf", t.duplicateOf());
        m.put("reason", t.reason());
        m.put("source", t.source());
        return m;
    }

    static Map<String, Object> detail(Ticket t, List<LogEntry> log, List<Photo> photos, List<Report> reports) {
        Map<String, Object> m = summary(t);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LogEntry e : log) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("at", time(e.at()));
            line.put("who", who(e.who()));
            line.put("action", e.action());
            line.put("from", e.from() == null ? null : e.from().id());
            line.put("to", e.to() == null ? null : e.to().id());
            line.put("note", PersonalData.maskNumbers(e.note()));
            line.put("photo", e.photo());
            line.put("toResident", e.toResident() == null ? null : PersonalData.maskNumbers(e.toResident()));
            lines.add(line);
        }
        m.put("log", lines);
        List<Map<String, Object>> ps = new ArrayList<>();
        for (Photo p : photos) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("kind", p.kind());
            pm.put("state", p.state());
            pm.put("picUrl", p.picUrl());
            pm.put("mediaId", p.mediaId());
            pm.put("addedAt", time(p.addedAt()));
            pm.put("file", "stored".equals(p.state())
                    ? "/api/admin/tickets/" + t.number() + "/photos/" + p.id() : null);
            ps.add(pm);
        }
        m.put("photos", ps);
        List<Map<String, Object>> rs = new ArrayList<>();
        for (Report r : reports) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("id", r.id());
            rm.put("resident", r.openid() == null ? null : PersonalData.openid(r.openid()));
            rm.put("text", PersonalData.maskNumbers(r.text()));
            rm.put("location", PersonalData.maskNumbers(r.location()));
            rm.put("mergedTicket", r.mergedTicket());
            rm.put("at", time(r.at()));
            rs.add(rm);
        }
        m.put("reports", rs);
        return m;
    }

    static String time(Instant at) {
        return at == null ? null : ISO.format(at);
    }

    /** "resident:oAbc…" masked; staff names and "system" as they are. */
    static String who(String who) {
        if (who != null && who.startsWith("resident:")) {
            return "resident:" + PersonalData.openid(who.substring("resident:".length()));
        }
        return who;
    }
}
