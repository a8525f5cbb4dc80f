package org.civicchat.ticket;

import java.util.List;

/**
 * One page of a ticket list.
 *
 * @param totalExact false when a text filter stopped scanning at {@link TicketFilter#TEXT_SCAN_LIMIT}
 */
public record TicketPage(List<Ticket> items, long total, boolean totalExact, int page, int size) {
}
