package org.civicchat.admin;

import org.civicchat.ticket.Category;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketPage;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.TicketStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the problems are: tickets per grid and week (Asia/Shanghai weeks from Monday, the current one last) for
 * the heat map, and the positions residents sent for the scatter over the grids' outlines. Counted through the
 * ticket feature's indexes; tickets of a grid without an outline, or of none, make the {@link #OTHER} row.
 */
@Component
class Hotspots {

    static final String OTHER = "其他或未划分网格";
    static final int MAX_POINTS = 2000;
    static final int SCAN_LIMIT = 10_000;
    private static final int PAGE = TicketFilter.MAX_SIZE;

    private final StaffTickets tickets;
    private final GridOutlines outlines;
    private final Clock clock;

    Hotspots(StaffTickets tickets, GridOutlines outlines) {
        this.tickets = tickets;
        this.outlines = outlines;
        this.clock = Clock.systemUTC();
    }

    HotspotView view(HotspotQuery q) {
        LocalDate today = FigureRecorder.today(clock);
        List<Week> weeks = weeks(today, q.weeks());
        List<String> grids = outlines.names();
        List<String> areas = new ArrayList<>(grids);
        areas.add(OTHER);
        List<Cell> cells = new ArrayList<>();
        for (Week w : weeks) {
            LocalDate from = LocalDate.parse(w.start());
            LocalDate to = LocalDate.parse(w.end());
            long inGrids = 0;
            for (String grid : grids) {
                long n = count(q, grid, from, to);
                inGrids += n;
                cells.add(new Cell(grid, w.start(), n));
            }
            cells.add(new Cell(OTHER, w.start(), Math.max(0, count(q, null, from, to) - inGrids)));
        }
        Points points = points(q, LocalDate.parse(weeks.get(0).start()));
        return new HotspotView(new Filter(q.category(), q.statuses().stream().map(TicketStatus::id).sorted().toList(),
                q.weeks()), weeks, areas, cells, points.located(), points.scanned(), points.complete(), outlines.all());
    }

    /** The {@code count} weeks ending with the current one, oldest first. */
    static List<Week> weeks(LocalDate today, int count) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        List<Week> out = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            LocalDate start = monday.minusWeeks(i);
            out.add(new Week(start.toString(), start.plusDays(6).toString()));
        }
        return out;
    }

    private long count(HotspotQuery q, String grid, LocalDate from, LocalDate to) {
        return tickets.list(new TicketFilter(q.statuses(), q.category(), null, grid, from, to, false, null, 0, 1, true))
                .total();
    }

    /** The newest located tickets since {@code from}, at most {@link #MAX_POINTS}, scanning at most {@link #SCAN_LIMIT}. */
    private Points points(HotspotQuery q, LocalDate from) {
        List<Point> located = new ArrayList<>();
        int scanned = 0;
        for (int page = 0; located.size() < MAX_POINTS && scanned < SCAN_LIMIT; page++) {
            TicketPage p = tickets.list(new TicketFilter(q.statuses(), q.category(), null, null, from, null, false, null,
                    page, PAGE, true));
            for (Ticket t : p.items()) {
                scanned++;
                if (t.latitude() != null && t.longitude() != null && located.size() < MAX_POINTS) {
                    located.add(new Point(t.number(), t.latitude(), t.longitude(), t.category(), t.categoryName(),
                            t.status().id(), t.status().label(), t.grid() == null ? "" : t.grid(),
                            t.createdAt().toEpochMilli()));
                }
            }
            if (p.items().size() < PAGE) {
                return new Points(located, scanned, true);
            }
        }
        return new Points(located, scanned, false);
    }

    /** The categories a query may name. */
    List<Category> categories() {
        return tickets.categories();
    }

    private record Points(List<Point> located, int scanned, boolean complete) {
    }

    /** @param statuses empty: every status */
    record HotspotQuery(String category, Set<TicketStatus> statuses, int weeks) {
    }

    /**
     * The hotspot view.
     *
     * @param areas    the heat map's rows: each outlined grid, then {@link #OTHER}
     * @param cells    tickets filed per area and week (every combination, zeros included)
     * @param points   located tickets, newest first
     * @param scanned  tickets looked at for positions
     * @param complete false when there were more tickets than {@link #SCAN_LIMIT} or positions than {@link #MAX_POINTS}
     */
    record HotspotView(Filter filter, List<Week> weeks, List<String> areas, List<Cell> cells, List<Point> points,
                       int scanned, boolean complete, List<GridOutlines.Outline> outlines) {
    }

    record Filter(String category, List<String> statuses, int weeks) {
    }

    /** A week, Monday to Sunday, as yyyy-MM-dd. */
    record Week(String start, String end) {
    }

    /** @param week the week's start */
    record Cell(String area, String week, long count) {
    }

    record Point(String number, double latitude, double longitude, String category, String categoryName,
                 String status, String statusName, String grid, long createdAt) {
    }
}
