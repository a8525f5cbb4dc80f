/**
 * Escalation: open tickets past their deadline are flagged overdue and supervised up the department, on a timer.
 *
 * <p>Face: {@link org.civicchat.ticket.escalation.EscalationJob}; publishes {@code TicketEscalated}.
 */
package org.civicchat.ticket.escalation;
