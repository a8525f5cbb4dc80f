package org.civicchat.admin;

import org.civicchat.privacy.PersonalData;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The ticket list as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese), the same filters as the
 * list, page by page from the indexes. A file leaves the system, so every role gets it with personal data
 * masked ({@link PersonalData#mask}: numbers, e-mails, names) and no openid; cells that a spreadsheet would
 * run as a formula are prefixed with an apostrophe.
 */
@RestController
class TicketsCsv {

    private static final int PAGE = TicketFilter.MAX_SIZE;
    private static final int MAX_ROWS = 200_000;

    private final StaffTickets tickets;
    private final TicketsApi api;

    TicketsCsv(StaffTickets tickets, TicketsApi api) {
        this.tickets = tickets;
        this.api = api;
    }

    @GetMapping("/api/admin/tickets.csv")
    ResponseEntity<StreamingResponseBody> csv(ExportFilter f, Authentication who) {
        TicketFilter first = f.toFilter(api, PAGE, who);
        StreamingResponseBody body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            w.write(String.join(",", TicketsApi.csvColumns()));
            w.write("\r\n");
            each(tickets, first, MAX_ROWS, t -> {
                try {
                    w.write(row(t));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return true;
            });
            w.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tickets.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    /** The export's filters, the list's query parameters. */
    record ExportFilter(String status, String category, String department, String grid,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean overdue, String text) {

        TicketFilter toFilter(TicketsApi api, int pageSize, Authentication who) {
            return api.filter(status, category, department, grid, from, to, Boolean.TRUE.equals(overdue), text, 0,
                    pageSize, "-createdAt", who);
        }
    }

    /** Every ticket of the filter, newest first, page by page, until {@code each} says stop or {@code max}. */
    static void each(StaffTickets tickets, TicketFilter first, int max, java.util.function.Predicate<Ticket> each) {
        int rows = 0;
        for (int page = 0; rows < max; page++) {
            TicketPage p = tickets.list(new TicketFilter(first.statuses(), first.category(), first.department(),
                    first.grid(), first.from(), first.to(), first.overdueOnly(), first.text(), page, first.size(), true));
            for (Ticket t : p.items()) {
                if (rows++ >= max || !each.test(t)) {
                    return;
                }
            }
            if (p.items().size() < first.size()) {
                return;
            }
        }
    }

    static String row(Ticket t) {
        List<String> cells = List.of(t.number(), t.status().label(), t.categoryName(), t.department(), t.grid(),
                PersonalData.mask(t.location()), PersonalData.mask(t.description()), nz(TicketJson.time(t.createdAt())),
                nz(TicketJson.time(t.deadline())), t.overdue() ? "是" : "否",
                t.rating() == 0 ? "" : Integer.toString(t.rating()), Integer.toString(t.followerCount()));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(cell(cells.get(i)));
        }
        return s.append("\r\n").toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
