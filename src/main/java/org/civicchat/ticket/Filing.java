package org.civicchat.ticket;

/**
 * What became of a complaint draft.
 *
 * @param ticket the ticket filed or followed (null when incomplete or lapsed)
 * @param draft  the draft as it stands (for INCOMPLETE: what is still missing)
 */
public record Filing(Outcome outcome, Ticket ticket, Draft draft) {

    public enum Outcome {
        /** A new ticket was stored; its number may be told to the resident. */
        FILED,
        /** This source message had already filed (a retry, a double tap): the same ticket. */
        ALREADY_FILED,
        /** An open ticket already describes it: the resident now follows that one. */
        FOLLOWED,
        /** Not enough to file yet. */
        INCOMPLETE
    }
}
