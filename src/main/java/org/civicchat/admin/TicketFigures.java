package org.civicchat.admin;

import org.civicchat.ticket.Category;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
    Tickets figures(LocalDate today, LocalDate weekStart, Map<LocalDate, Map<String, Long>> daily) {
        Map<String, Long> todays = daily.getOrDefault(today, Map.of());
        Map<String, Long> week = Figures.sum(daily, weekStart, today);
        Map<String, Long> month = Figures.sum(daily, today.minusDays(29), today);
        long timed = month.getOrDefault("tickets:resolved", 0L);
        Double avgResolveHours = timed == 0 ? null
                : Math.round(month.getOrDefault("tickets:resolveSeconds", 0L) / (double) timed / 36.0) / 100.0;
        List<Category> categories = tickets.categories();
        List<CategoryRow> byCategory = new ArrayList<>();
        for (Category c : categories) {
            Breakdown b = breakdown(new Query().category(c.id()), weekStart);
            byCategory.add(new CategoryRow(b.total(), b.openedWeek(), b.open(), b.resolved(), b.overdue(), c.id(), c.name()));
        }
        Set<String> departments = new LinkedHashSet<>();
        categories.forEach(c -> departments.add(c.department()));
        List<DepartmentRow> byDepartment = new ArrayList<>();
        for (String d : departments) {
            Breakdown b = breakdown(new Query().department(d), weekStart);
            byDepartment.add(new DepartmentRow(b.total(), b.openedWeek(), b.open(), b.resolved(), b.overdue(), d));
        }
        return new Tickets(count(new Query().from(today)), count(new Query().from(weekStart)),
                todays.getOrDefault("tickets:resolved", 0L), week.getOrDefault("tickets:resolved", 0L),
                count(new Query().statuses(OPEN)), count(new Query().overdue()), avgResolveHours, byCategory,
                byDepartment, satisfaction(tickets.ratings()),
                opened(daily.keySet().stream().filter(d -> d.isAfter(today.minusDays(Figures.TREND_DAYS))).toList()));
    }

    private Breakdown breakdown(Query base, LocalDate weekStart) {
        long total = count(base);
        if (total == 0) {
            return new Breakdown(0, 0, 0, 0, 0);
        }
        return new Breakdown(total, count(base.copy().from(weekStart)), count(base.copy().statuses(OPEN)),
                count(base.copy().statuses(Set.of(TicketStatus.RESOLVED)))
                        + count(base.copy().statuses(Set.of(TicketStatus.CLOSED))),
                count(base.copy().overdue()));
    }

    /** Tickets filed on each of the given days. */
    private List<Opened> opened(List<LocalDate> days) {
        List<Opened> out = new ArrayList<>();
        for (LocalDate day : days) {
            out.add(new Opened(day.toString(), count(new Query().from(day).to(day))));
        }
        return out;
    }

    /** Ratings of every department: 1 满意, 2 基本满意, 3 不满意; the rate counts 1 and 2 as satisfied. */
    static Satisfaction satisfaction(Map<String, Map<String, String>> byDepartment) {
        long[] counts = new long[4];
        byDepartment.values().forEach(r -> r.forEach((rating, n) -> {
            int i = Integer.parseInt(rating);
            if (i >= 1 && i <= 3) {
                counts[i] += Long.parseLong(n);
            }
        }));
        long ratings = counts[1] + counts[2] + counts[3];
        return new Satisfaction(ratings, counts[1], counts[2], counts[3],
                ratings == 0 ? null : Figures.round((counts[1] + counts[2]) / (double) ratings));
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

    /**
     * The ticket figures of the dashboard.
     *
     * @param avgResolveHours filing to resolution, over the resolutions of the last 30 days; null when none
     * @param days            tickets filed on each of the last 14 days
     */
    record Tickets(long openedToday, long openedWeek, long resolvedToday, long resolvedWeek, long open, long overdue,
                   Double avgResolveHours, List<CategoryRow> byCategory, List<DepartmentRow> byDepartment,
                   Satisfaction satisfaction, List<Opened> days) {
    }

    private record Breakdown(long total, long openedWeek, long open, long resolved, long overdue) {
    }

    /** @param resolved resolved or closed */
    record CategoryRow(long total, long openedWeek, long open, long resolved, long overdue, String id, String name) {
    }

    record DepartmentRow(long total, long openedWeek, long open, long resolved, long overdue, String name) {
    }

    /** @param rate (satisfied + basic) / ratings, null without ratings */
    record Satisfaction(long ratings, long satisfied, long basic, long unsatisfied, Double rate) {
    }

    record Opened(String day, long opened) {
    }
}
