package org.civicchat.ticket;

import java.time.Instant;

/** A ticket moved from one status to another; {@code actor} is who moved it. */
public record TicketStatusChanged(String number, TicketStatus from, TicketStatus to, Actor actor, String note,
                                  Instant at) {
}
