package org.civicchat.open311;

import org.civicchat.moderation.ModerationService;
import org.civicchat.privacy.PersonalData;
import org.civicchat.shared.Beijing;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketNotFound;
import org.civicchat.ticket.TicketNumbers;
import org.civicchat.ticket.TicketStatus;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GET requests and requests/{id}: tickets as service requests, public, so nothing personal goes out: no
 * resident ids, description and address through the shared {@link PersonalData} masker and then the
 * sensitive-word mask, coordinates rounded to about 100 m. Without dates the last {@value #DEFAULT_DAYS} days;
 * at most {@value #MAX} requests an answer.
 */
@Component
class RequestFeed {

    static final ZoneId ZONE = Beijing.ZONE;
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);
    private static final int DEFAULT_DAYS = 90;
    static final int MAX = 1000;

    private final StaffTickets tickets;
    private final ServiceCatalog catalog;
    private final ModerationService moderation;
    private final List<Open311Visibility> visibility;

    RequestFeed(StaffTickets tickets, ServiceCatalog catalog, ModerationService moderation,
                List<Open311Visibility> visibility) {
        this.tickets = tickets;
        this.catalog = catalog;
        this.moderation = moderation;
        this.visibility = visibility;
    }

    /** Each ticket's "may be shown", as every visibility policy agrees (all shown when there is none). */
    private List<Boolean> shown(List<Ticket> items) {
        List<String> numbers = items.stream().map(Ticket::number).toList();
        List<Boolean> out = new ArrayList<>(java.util.Collections.nCopies(numbers.size(), Boolean.TRUE));
        for (Open311Visibility v : visibility) {
            List<Boolean> says = v.shown(numbers);
            for (int i = 0; i < out.size(); i++) {
                out.set(i, out.get(i) && Boolean.TRUE.equals(says.get(i)));
            }
        }
        return out;
    }

    List<Map<String, Object>> byIds(String ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids.split(",")) {
            if (!id.isBlank() && out.size() < MAX) {
                find(id.strip()).ifPresent(t -> out.add(request(t)));
            }
        }
        return out;
    }

    /** requests/{id}. @throws Open311Error 404 */
    Map<String, Object> one(String id) {
        return find(id).map(this::request).orElseThrow(() -> Open311Error.notFound("没有这个服务请求：" + id));
    }

    List<Map<String, Object>> search(String serviceCode, String startDate, String endDate, String status,
                                     int pageSize, int page) {
        if (serviceCode != null && !serviceCode.isBlank() && catalog.category(serviceCode.strip()).isEmpty()) {
            throw Open311Error.badRequest("没有这个服务类别：" + serviceCode);
        }
        Instant end = endDate == null || endDate.isBlank() ? null : instant("end_date", endDate);
        Instant start = startDate == null || startDate.isBlank()
                ? (end == null ? Instant.now() : end).atZone(ZONE).minusDays(DEFAULT_DAYS).toInstant()
                : instant("start_date", startDate);
        if (end != null && start.isAfter(end)) {
            throw Open311Error.badRequest("start_date 晚于 end_date");
        }
        Set<TicketStatus> statuses = statuses(status);
        int size = Math.max(1, Math.min(pageSize, TicketFilter.MAX_SIZE));
        if (page < 1) {
            throw Open311Error.badRequest("page 从 1 开始");
        }
        LocalDate from = start.atZone(ZONE).toLocalDate();
        LocalDate to = end == null ? null : end.atZone(ZONE).toLocalDate();
        List<Map<String, Object>> out = new ArrayList<>();
        int skip = (page - 1) * size;
        for (int p = 0; out.size() < size && p * TicketFilter.MAX_SIZE < MAX + skip; p++) {
            List<Ticket> items = tickets.list(new TicketFilter(statuses, blankToNull(serviceCode), null, null, from, to,
                    false, null, p, TicketFilter.MAX_SIZE, true)).items();
            List<Boolean> visible = shown(items);
            for (int i = 0; i < items.size(); i++) {
                Ticket t = items.get(i);
                if (!visible.get(i) || t.createdAt().isBefore(start) || (end != null && t.createdAt().isAfter(end))) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                } else if (out.size() < size) {
                    out.add(request(t));
                }
            }
            if (items.size() < TicketFilter.MAX_SIZE) {
                break;
            }
        }
        return out;
    }

    Map<String, Object> request(Ticket t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", t.number());
        m.put("status", t.status().open() ? "open" : "closed");
        m.put("status_notes", t.status().label());
        m.put("service_name", t.categoryName());
        m.put("service_code", t.category());
        m.put("description", outward(t.description()));
        m.put("agency_responsible", t.department());
        m.put("service_notice", null);
        m.put("requested_datetime", time(t.createdAt()));
        m.put("updated_datetime", time(t.updatedAt()));
        m.put("expected_datetime", time(t.deadline()));
        m.put("address", outward(t.location()));
        m.put("lat", round(t.latitude()));
        m.put("long", round(t.longitude()));
        return m;
    }

    private String outward(String text) {
        return text == null ? null : moderation.mask(PersonalData.mask(text));
    }

    /** The ticket behind a number when the feed may show it; otherwise empty, as for a number that does not exist. */
    private Optional<Ticket> find(String id) {
        return TicketNumbers.find(id).flatMap(n -> {
            try {
                return Optional.of(tickets.get(n));
            } catch (TicketNotFound e) {
                return Optional.empty();
            }
        }).filter(t -> shown(List.of(t)).get(0));
    }

    /** "open", "closed" or both, comma separated. */
    static Set<TicketStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        Set<TicketStatus> out = EnumSet.noneOf(TicketStatus.class);
        for (String s : status.split(",")) {
            switch (s.strip()) {
                case "open" -> Arrays.stream(TicketStatus.values()).filter(TicketStatus::open).forEach(out::add);
                case "closed" -> Arrays.stream(TicketStatus.values()).filter(x -> !x.open()).forEach(out::add);
                default -> throw Open311Error.badRequest("status 只能是 open 或 closed（可用逗号分隔），收到：" + s.strip());
            }
        }
        return out.size() == TicketStatus.values().length ? Set.of() : out;
    }

    /** ISO 8601 with an offset (2026-11-25T08:00:00+08:00, or Z); a bare date counts as that day in Beijing. */
    static Instant instant(String name, String value) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZONE).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Error.badRequest(name + " 须为带时区的 ISO 8601 时间，如 2026-11-25T08:00:00+08:00，收到：" + v);
        }
    }

    static String time(Instant at) {
        return at == null ? null : ISO.format(at);
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
