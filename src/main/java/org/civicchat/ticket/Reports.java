package org.civicchat.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The reports folded into a ticket: residents who reported the same problem again from the chat, and tickets
 * merged into it by staff. Kept so staff can split one off again.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * A report as stored: a resident's words, place and category, or the number of a ticket merged in
     * ({@code merged}); {@code at} in epoch millis.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stored(String openid, String text, String location, Double lat, Double lng, String category,
                  String merged, long at) {
    }

    public static String json(Draft d, Instant at) {
        boolean placed = d.latitude() != null;
        return Json.write(new Stored(d.openid(), d.description() == null ? "" : d.description(),
                d.location() == null ? "" : d.location(), placed ? d.latitude() : null, placed ? d.longitude() : null,
                d.category() == null ? "" : d.category(), null, at.toEpochMilli()));
    }

    static String merged(String number, Instant at) {
        return Json.write(new Stored(null, null, null, null, null, null, number, at.toEpochMilli()));
    }

    static Stored read(String json) {
        return Json.read(json, Stored.class);
    }

    static List<Report> all(Map<String, String> byId) {
        return byId.entrySet().stream().map(e -> {
            Stored r = read(e.getValue());
            return new Report(e.getKey(), r.openid(), r.text(), r.location(), r.merged(), Instant.ofEpochMilli(r.at()));
        }).sorted(java.util.Comparator.comparing(Report::at).thenComparing(Report::id)).toList();
    }

    /** A report back as a draft, to file it as a ticket of its own. */
    static Draft draft(Stored r) {
        Instant at = Instant.ofEpochMilli(r.at());
        String category = r.category();
        return new Draft(r.openid(), r.text(), category == null || category.isEmpty() ? null : category,
                r.location(), r.lat(), r.lng(), List.of(), at, at, 0, false);
    }
}
