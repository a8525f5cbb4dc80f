package org.civicchat.ticket;

/** Who does something to a ticket, as the audit log records it. */
public record Actor(String id) {

    static final String RESIDENT_PREFIX = "resident:";
    static final String STAFF_PREFIX = "staff:";
    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("actor id must not be blank, was '" + id + "'");
        }
    }

    public static Actor resident(String openid) {
        return new Actor(RESIDENT_PREFIX + openid);
    }

    public static Actor staff(String name) {
        return new Actor(STAFF_PREFIX + name);
    }

    public boolean isResident(String openid) {
        return id.equals(RESIDENT_PREFIX + openid);
    }
}
