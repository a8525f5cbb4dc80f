package org.civicchat.ticket;

/** A request that is malformed or breaks a rule other than the lifecycle (missing note, photo limit…). */
public final class InvalidTicketRequest extends RuntimeException {

    public InvalidTicketRequest(String message) {
        super(message);
    }
}
