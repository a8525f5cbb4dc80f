package org.civicchat.ticket;

import java.time.Instant;

/**
 * A report folded into a ticket: a resident's re-report from the chat (openid, text, location) or a ticket
 * staff merged into it ({@code mergedTicket}). Staff split one off by its id.
 */
public record Report(String id, String openid, String text, String location, String mergedTicket, Instant at) {
}
