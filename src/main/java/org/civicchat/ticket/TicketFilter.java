package org.civicchat.ticket;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which tickets a staff list shows. Null or empty fields do not filter. Dates are Asia/Shanghai days,
 * inclusive; {@code text} matches words in the description or location (scans at most
 * {@link #TEXT_SCAN_LIMIT} candidates after the other filters).
 *
 * @param newestFirst sort by creation time, newest first (false: oldest first)
 */
public record TicketFilter(Set<TicketStatus> statuses, String category, String department, String grid,
                           LocalDate from, LocalDate to, boolean overdueOnly, String text, int page, int size,
                           boolean newestFirst) {

    public static final int MAX_SIZE = 200;
    public static final int TEXT_SCAN_LIMIT = 20_000;

    public TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (page < 0) {
            throw new InvalidTicketRequest("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidTicketRequest("size must be 1 to " + MAX_SIZE + ", was " + size);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidTicketRequest("from " + from + " is after to " + to);
        }
    }

    public static TicketFilter all(int page, int size) {
        return new TicketFilter(Set.of(), null, null, null, null, null, false, null, page, size, true);
    }
}
