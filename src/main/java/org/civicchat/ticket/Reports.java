package org.civicchat.ticket;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports folded into a ticket: residents who reported the same problem again from the chat, and tickets
 * merged into it by staff. Kept so staff can split one off again.
 */
public final class Reports {

    private Reports() {
    }

    public static String json(Draft d, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("openid", d.openid());
        m.put("text", d.description() == null ? "" : d.description());
        m.put("location", d.location() == null ? "" : d.location());
        if (d.latitude() != null) {
            m.put("lat", d.latitude());
            m.put("lng", d.longitude());
        }
        m.put("category", d.category() == null ? "" : d.category());
        m.put("at", at.toEpochMilli());
        return Json.write(m);
    }

    static String merged(String number, Instant at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("merged", number);
        m.put("at", at.toEpochMilli());
        return Json.write(m);
    }

    static List<Report> all(Map<String, String> byId) {
        return byId.entrySet().stream().map(e -> {
            Map<String, Object> m = Json.read(e.getValue());
            return new Report(e.getKey(), Json.str(m, "openid"), Json.str(m, "text"), Json.str(m, "location"),
                    Json.str(m, "merged"), Instant.ofEpochMilli(((Number) m.get("at")).longValue()));
        }).sorted(java.util.Comparator.comparing(Report::at).thenComparing(Report::id)).toList();
    }

    /** A report back as a draft, to file it as a ticket of its own. */
    static Draft draft(Map<String, Object> m) {
        Double lat = m.get("lat") instanceof Number n ? n.doubleValue() : null;
        Double lng = m.get("lng") instanceof Number n ? n.doubleValue() : null;
        Instant at = Instant.ofEpochMilli(((Number) m.get("at")).longValue());
        String category = Json.str(m, "category");
        return new Draft(Json.str(m, "openid"), Json.str(m, "text"), category == null || category.isEmpty() ? null : category,
                Json.str(m, "location"), lat, lng, List.of(), at, at, 0, false);
    }
}
