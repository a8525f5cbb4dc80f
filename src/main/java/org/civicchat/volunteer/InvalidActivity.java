package org.civicchat.volunteer;

/** A field of an activity (or of a change to one) the office must correct; {@code detail} is Chinese. */
public class InvalidActivity extends RuntimeException {

    private final String field;
    private final String detail;

    public InvalidActivity(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
        this.detail = detail;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return detail;
    }
}
