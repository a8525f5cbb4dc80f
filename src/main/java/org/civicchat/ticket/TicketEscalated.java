package org.civicchat.ticket;

import java.time.Instant;

/** An overdue ticket was urged (level 1, 催办 to the handler) or supervised (level 2, 督办 to the head). */
public record TicketEscalated(String number, int level, String to, Instant at) {
}
