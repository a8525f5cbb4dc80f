package org.civicchat.notice;

/** A notice request that cannot be sent: names the field and why. */
public final class InvalidNotice extends RuntimeException {

    private final String field;

    public InvalidNotice(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
