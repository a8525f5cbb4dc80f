package org.civicchat.ticket;

/** No ticket with this number, or (for a resident) not one of theirs: the two look the same on purpose. */
public final class TicketNotFound extends RuntimeException {

    private final String number;

    public TicketNotFound(String number) {
        super("no ticket " + number);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
