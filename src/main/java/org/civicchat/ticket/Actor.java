package org.civicchat.ticket;

/**
 * Who does something to a ticket, as the audit log records it, and in which capacity: the lifecycle checks
 * {@link #role()} for every change ({@link TransitionRights}).
 */
public record Actor(String id, Role role) {

    static final String RESIDENT_PREFIX = "resident:";
    static final String STAFF_PREFIX = "staff:";
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM);

    /** The capacity an actor acts in; handlers may do less than the office. */
    public enum Role { RESIDENT, OFFICE, HANDLER, SYSTEM }

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("actor id must not be blank, was '" + id + "'");
        }
        if (role == null) {
            throw new IllegalArgumentException("actor role must not be null for '" + id + "'");
        }
    }

    public static Actor resident(String openid) {
        return new Actor(RESIDENT_PREFIX + openid, Role.RESIDENT);
    }

    /** Office staff (admins and operators): every move the lifecycle table allows. */
    public static Actor staff(String name) {
        return new Actor(STAFF_PREFIX + name, Role.OFFICE);
    }

    /** A department handler or grid worker: takes in, works and resolves their department's tickets only. */
    public static Actor handler(String name) {
        return new Actor(STAFF_PREFIX + name, Role.HANDLER);
    }

    public boolean isResident(String openid) {
        return id.equals(RESIDENT_PREFIX + openid);
    }
}
