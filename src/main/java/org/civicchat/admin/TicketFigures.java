package org.civicchat.admin;

import org.civicchat.ticket.Category;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dashboard's ticket figures, counted from the ticket feature's indexes through {@link StaffTickets#list}
 * (a page of one: only its total is used), plus the resolutions and times to resolve that
 * {@link FigureRecorder} keeps per day.
 */
@Component
class TicketFigures {

    static final Set<TicketStatus> OPEN = Arrays.stream(TicketStatus.values()).filter(TicketStatus::open)
            .collect(Collectors.toUnmodifiableSet());

    private final StaffTickets tickets;

    TicketFigures(StaffTickets tickets) {
        this.tickets = tickets;
    }

    /**
     * @param daily the day counters of the last 30 days at least, today last
     */
    Map<String, Object> figures(LocalDate today, LocalDate weekStart, Map<LocalDate, Map<String, Long>> daily) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("openedToday", count(new Query().from(today)));
        m.put("openedWeek", count(new Query().from(weekStart)));
        Map<String, Long> todays = daily.getOrDefault(today, Map.of());
        Map<String, Long> week = Figures.sum(daily, weekStart, today);
        Map<String, Long> month = Figures.sum(daily, today.minusDays(29), today);
        m.put("resolvedToday", todays.getOrDefault("tickets:resolved", 0L));
        m.put("resolvedWeek", week.getOrDefault("tickets:resolved", 0L));
        m.put("open", count(new Query().statuses(OPEN)));
        m.put("overdue", count(new Query().overdue()));
        long timed = month.getOrDefault("tickets:resolved", 0L);
        m.put("avgResolveHours", timed == 0 ? null
                : Math.round(month.getOrDefault("tickets:resolveSeconds", 0L) / (double) timed / 36.0) / 100.0);
        List<Category> categories = tickets.categories();
        List<Map<String, Object>> byCategory = new ArrayList<>();
        for (Category c : categories) {
            Map<String, Object> row = breakdown(new Query().category(c.id()), weekStart);
            row.put("id", c.id());
            row.put("name", c.name());
            byCategory.add(row);
        }
        m.put("byCategory", byCategory);
        Set<String> departments = new LinkedHashSet<>();
        categories.forEach(c -> departments.add(c.department()));
        List<Map<String, Object>> byDepartment = new ArrayList<>();
        for (String d : departments) {
            Map<String, Object> row = breakdown(new Query().department(d), weekStart);
            row.put("name", d);
            byDepartment.add(row);
        }
        m.put("byDepartment", byDepartment);
        m.put("satisfaction", satisfaction(tickets.ratings()));
        m.put("days", opened(daily.keySet().stream().filter(d -> d.isAfter(today.minusDays(Figures.TREND_DAYS))).toList()));
        return m;
    }

    private Map<String, Object> breakdown(Query base, LocalDate weekStart) {
        Map<String, Object> row = new LinkedHashMap<>();
        long total = count(base);
        row.put("total", total);
        if (total == 0) {
            row.put("openedWeek", 0L);
            row.put("open", 0L);
            row.put("resolved", 0L);
            row.put("overdue", 0L);
            return row;
        }
        row.put("openedWeek", count(base.copy().from(weekStart)));
        row.put("open", count(base.copy().statuses(OPEN)));
        row.put("resolved", count(base.copy().statuses(Set.of(TicketStatus.RESOLVED)))
                + count(base.copy().statuses(Set.of(TicketStatus.CLOSED))));
        row.put("overdue", count(base.copy().overdue()));
        return row;
    }

    /** Tickets filed on each of the given days. */
    private List<Map<String, Object>> opened(List<LocalDate> days) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LocalDate day : days) {
            out.add(Map.of("day", day.toString(), "opened", count(new Query().from(day).to(day))));
        }
        return out;
    }

    /** Ratings of every department: 1 满意, 2 基本满意, 3 不满意; the rate counts 1 and 2 as satisfied. */
    static Map<String, Object> satisfaction(Map<String, Map<String, String>> byDepartment) {
        long[] counts = new long[4];
        byDepartment.values().forEach(r -> r.forEach((rating, n) -> {
            int i = Integer.parseInt(rating);
            if (i >= 1 && i <= 3) {
                counts[i] += Long.parseLong(n);
            }
        }));
        long ratings = counts[1] + counts[2] + counts[3];
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ratings", ratings);
        m.put("satisfied", counts[1]);
        m.put("basic", counts[2]);
        m.put("unsatisfied", counts[3]);
        m.put("rate", ratings == 0 ? null : Figures.round((counts[1] + counts[2]) / (double) ratings));
        return m;
    }

    private long count(Query q) {
        return tickets.list(q.filter()).total();
    }

    /** A count's filter, built up step by step. */
    private static final class Query {
        private Set<TicketStatus> statuses = Set.of();
        private String category;
        private String department;
        private LocalDate from;
        private LocalDate to;
        private boolean overdue;

        Query statuses(Set<TicketStatus> s) {
            statuses = s;
            return this;
        }

        Query category(String c) {
            category = c;
            return this;
        }

        Query department(String d) {
            department = d;
            return this;
        }

        Query from(LocalDate d) {
            from = d;
            return this;
        }

        Query to(LocalDate d) {
            to = d;
            return this;
        }

        Query overdue() {
            overdue = true;
            return this;
        }

        Query copy() {
            Query q = new Query();
            q.statuses = statuses;
            q.category = category;
            q.department = department;
            q.from = from;
            q.to = to;
            q.overdue = overdue;
            return q;
        }

        TicketFilter filter() {
            return new TicketFilter(statuses, category, department, null, from, to, overdue, null, 0, 1, true);
        }
    }
}
