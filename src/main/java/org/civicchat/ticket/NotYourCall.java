package org.civicchat.ticket;

/** The actor's role does not allow this change of the ticket (a handler rejecting, a resident closing…). */
public final class NotYourCall extends RuntimeException {

    private final String number;

    public NotYourCall(String number, Actor who, String what) {
        super(who.role().name().toLowerCase(java.util.Locale.ROOT) + " may not " + what + " ticket " + number);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
