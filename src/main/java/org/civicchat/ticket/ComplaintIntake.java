package org.civicchat.ticket;

/**
 * What became of one message's words and place ({@link TicketService#addAndFile}).
 *
 * @param filing       filed, already filed, followed, or the draft still incomplete
 * @param setAside     the resident's open draft was set aside for this other problem
 * @param parkedWaits  a draft set aside waits to be brought back (read in the same round trip)
 */
public record ComplaintIntake(Filing filing, boolean setAside, boolean parkedWaits) {
}
