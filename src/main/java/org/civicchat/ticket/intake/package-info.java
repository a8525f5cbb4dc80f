/**
 * Intake: a resident's complaint draft (words, place, photos, parked drafts) and its filing as a ticket, once and
 * only once per source message; {@code DraftSweeper} files or lapses drafts left idle.
 *
 * <p>Face: {@link org.civicchat.ticket.intake.TicketFiling} (through {@code ResidentTickets} and merging). Uses
 * {@code duplicates} to fold a report into an open ticket, {@code routing} for the department, {@code media} for
 * photo jobs and {@code notices} to tell a lapsed or swept draft; its Redis keys are in {@code TicketKeys}.
 */
package org.civicchat.ticket.intake;
