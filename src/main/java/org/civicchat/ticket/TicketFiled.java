package org.civicchat.ticket;

import java.time.Instant;

/** A new ticket was stored. */
public record TicketFiled(String number, String category, String department, Instant at) {
}
