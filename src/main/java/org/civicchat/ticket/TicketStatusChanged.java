package org.civicchat.ticket;

import java.time.Instant;

/**
 * A ticket moved from one status to another; {@code actor} is who moved it. {@code note} is the staff's
 * internal note (never sent to residents); {@code toResident} is the only text residents may be told, or null.
 */
public record TicketStatusChanged(String number, TicketStatus from, TicketStatus to, Actor actor, String note,
                                  String toResident, Instant at) {
}
