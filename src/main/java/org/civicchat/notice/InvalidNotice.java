package org.civicchat.notice;

/** A notice request that cannot be sent: names the field and why. */
public final class InvalidNotice extends RuntimeException {

    private final String field;
    private final String detail;

    public InvalidNotice(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.detail = message;
    }

    /** Why, without the field's name. */
    public String detail() {
        return detail;
    }

    public String field() {
        return field;
    }
}
