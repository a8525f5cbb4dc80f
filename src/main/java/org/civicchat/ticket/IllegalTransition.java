package org.civicchat.ticket;

/** A status change the lifecycle does not allow, or one that lost a race with another change. */
public final class IllegalTransition extends RuntimeException {

    private final String number;
    private final TicketStatus from;
    private final TicketStatus to;

    public IllegalTransition(String number, TicketStatus from, TicketStatus to) {
        super("ticket " + number + " cannot go from " + from.id() + " to " + to.id());
        this.number = number;
        this.from = from;
        this.to = to;
    }

    public String number() {
        return number;
    }

    public TicketStatus from() {
        return from;
    }

    public TicketStatus to() {
        return to;
    }

    /** The sentence operators read: Chinese first, English after. */
    public String bilingualMessage() {
        return "工单 " + number + " 不能从“" + from.label() + "”变为“" + to.label() + "”。 (" + getMessage() + ")";
    }
}
