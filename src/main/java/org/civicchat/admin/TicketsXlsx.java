package org.civicchat.admin;

import org.civicchat.ticket.Masks;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketFilter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ticket list as an Excel workbook, the same filters and masking as {@link TicketsCsv}, streamed page by
 * page from the indexes through {@link XlsxSheet}: Chinese headers, times as dates, widths that fit.
 */
@RestController
class TicketsXlsx {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int PAGE = TicketFilter.MAX_SIZE;
    private static final String[] RATINGS = {"", "满意", "基本满意", "不满意"};

    private final StaffTickets tickets;
    private final TicketsApi api;

    TicketsXlsx(StaffTickets tickets, TicketsApi api) {
        this.tickets = tickets;
        this.api = api;
    }

    static List<XlsxSheet.Column> columns() {
        List<String> h = TicketsApi.csvColumns();
        return List.of(XlsxSheet.Column.text(h.get(0), 16), XlsxSheet.Column.label(h.get(1), 8),
                XlsxSheet.Column.label(h.get(2), 16), XlsxSheet.Column.label(h.get(3), 30),
                XlsxSheet.Column.label(h.get(4), 16), XlsxSheet.Column.text(h.get(5), 30),
                XlsxSheet.Column.text(h.get(6), 60), XlsxSheet.Column.time(h.get(7)), XlsxSheet.Column.time(h.get(8)),
                XlsxSheet.Column.label(h.get(9), 8), XlsxSheet.Column.label(h.get(10), 8),
                XlsxSheet.Column.number(h.get(11)));
    }

    @GetMapping("/api/admin/tickets.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(TicketsCsv.ExportFilter f, Authentication who) {
        TicketFilter first = f.toFilter(api, PAGE, who);
        StreamingResponseBody body = out -> {
            try (XlsxSheet sheet = new XlsxSheet(out, "工单", columns())) {
                TicketsCsv.each(tickets, first, XlsxSheet.MAX_ROWS, t -> {
                    try {
                        return sheet.add(row(t));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("工单.xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .body(body);
    }

    static List<Object> row(Ticket t) {
        return new ArrayList<>(Arrays.asList(t.number(), t.status().label(), t.categoryName(), t.department(),
                t.grid(), Masks.phones(t.location()), Masks.phones(t.description()), t.createdAt(), t.deadline(),
                t.overdue() ? "是" : "否", RATINGS[Math.max(0, Math.min(3, t.rating()))], t.followerCount()));
    }
}
