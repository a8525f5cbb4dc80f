package org.civicchat.admin;

import org.civicchat.ticket.Category;
import org.civicchat.ticket.InvalidTicketRequest;
import org.civicchat.privacy.PersonalData;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketNumbers;
import org.civicchat.ticket.TicketService;
import org.civicchat.ticket.TicketStatus;
import org.civicchat.ticket.TicketNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open311 GeoReport v2, read only, for the district's other systems: the categories as services and recent
 * requests. Public: it carries no personal data (no resident ids; description and address through
 * {@link PersonalData#mask}: phone numbers, ID-card and bank card numbers, e-mails, person names; coordinates
 * rounded to about 100 m). Which tickets it shows is {@link Open311Settings#publish}; operators show or hide one
 * with {@code PUT /api/admin/open311/requests/{number}}.
 */
@RestController
class Open311Api {

    private static final int DEFAULT_DAYS = 90;
    private static final int MAX = 1000;

    private final TicketService tickets;
    private final Open311PublicationStore publication;

    Open311Api(TicketService tickets, Open311PublicationStore publication) {
        this.tickets = tickets;
        this.publication = publication;
    }

    @GetMapping("/open311/v2/services.json")
    List<Map<String, Object>> services() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Category c : tickets.categories()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_code", c.id());
            m.put("service_name", c.name());
            m.put("description", c.examples().replace('；', '、'));
            m.put("metadata", false);
            m.put("type", "realtime");
            m.put("keywords", c.examples().replace('；', ','));
            m.put("group", c.department());
            out.add(m);
        }
        return out;
    }

    @GetMapping("/open311/v2/requests.json")
    List<Map<String, Object>> requests(@RequestParam(name = "service_request_id", required = false) String ids,
                                       @RequestParam(name = "service_code", required = false) String serviceCode,
                                       @RequestParam(name = "start_date", required = false) String startDate,
                                       @RequestParam(name = "end_date", required = false) String endDate,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(name = "page_size", defaultValue = "50") int pageSize,
                                       @RequestParam(defaultValue = "1") int page) {
        if (ids != null && !ids.isBlank()) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (String id : ids.split(",")) {
                shownTicket(id).ifPresent(t -> out.add(request(t)));
            }
            return out;
        }
        LocalDate to = endDate == null ? null : day(endDate);
        LocalDate from = startDate == null ? (to == null ? LocalDate.now(TicketJson.ZONE) : to).minusDays(DEFAULT_DAYS)
                : day(startDate);
        Set<TicketStatus> statuses = switch (status == null ? "" : status) {
            case "" -> Set.of();
            case "open" -> Arrays.stream(TicketStatus.values()).filter(TicketStatus::open).collect(java.util.stream.Collectors.toSet());
            case "closed" -> Arrays.stream(TicketStatus.values()).filter(s -> !s.open()).collect(java.util.stream.Collectors.toSet());
            default -> throw new InvalidTicketRequest("status must be open or closed, was " + status);
        };
        int size = Math.max(1, Math.min(pageSize, Math.min(MAX, TicketFilter.MAX_SIZE)));
        TicketFilter filter = new TicketFilter(statuses, serviceCode, null, null, from, to, false, null,
                Math.max(0, page - 1), size, true);
        List<Ticket> items = tickets.list(filter).items();
        List<Boolean> shown = publication.shown(items.stream().map(Ticket::number).toList());
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (shown.get(i)) {
                out.add(request(items.get(i)));
            }
        }
        return out;
    }

    /** One request; a ticket the feed does not show answers exactly like a number that does not exist. */
    @GetMapping("/open311/v2/requests/{id}.json")
    List<Map<String, Object>> request(@PathVariable String id) {
        return List.of(request(shownTicket(id).orElseThrow(() -> new TicketNotFound(id))));
    }

    /** An operator shows a ticket on the feed or hides it: {"public": true|false}. */
    @PutMapping("/api/admin/open311/requests/{number}")
    Map<String, Object> publish(@PathVariable String number, @RequestBody Publication body) {
        if (body == null || body.isPublic() == null) {
            throw new InvalidTicketRequest("请说明是否公开：{\"public\": true} 或 {\"public\": false}");
        }
        String n = TicketNumbers.find(number).orElseThrow(() -> new TicketNotFound(number));
        Ticket t = tickets.get(n);
        publication.mark(t.number(), body.isPublic());
        return Map.of("service_request_id", t.number(), "public", publication.shown(t.number()));
    }

    record Publication(@com.fasterxml.jackson.annotation.JsonProperty("public") Boolean isPublic) {
    }

    private java.util.Optional<Ticket> shownTicket(String id) {
        return TicketNumbers.find(id).flatMap(n -> {
            try {
                Ticket t = tickets.get(n);
                return publication.shown(t.number()) ? java.util.Optional.of(t) : java.util.Optional.empty();
            } catch (TicketNotFound e) {
                return java.util.Optional.empty();
            }
        });
    }

    static Map<String, Object> request(Ticket t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", t.number());
        m.put("status", t.status().open() ? "open" : "closed");
        m.put("status_notes", t.status().label());
        m.put("service_name", t.categoryName());
        m.put("service_code", t.category());
        m.put("description", PersonalData.mask(t.description()));
        m.put("agency_responsible", t.department());
        m.put("requested_datetime", TicketJson.time(t.createdAt()));
        m.put("updated_datetime", TicketJson.time(t.updatedAt()));
        m.put("expected_datetime", TicketJson.time(t.deadline()));
        m.put("address", PersonalData.mask(t.location()));
        m.put("lat", round(t.latitude()));
        m.put("long", round(t.longitude()));
        return m;
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }

    private static LocalDate day(String s) {
        try {
            return s.length() <= 10 ? LocalDate.parse(s)
                    : OffsetDateTime.parse(s).atZoneSameInstant(TicketJson.ZONE).toLocalDate();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidTicketRequest("dates are ISO 8601 (2026-11-25 or 2026-11-25T08:00:00+08:00), was " + s);
        }
    }
}
