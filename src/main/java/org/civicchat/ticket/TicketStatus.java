package org.civicchat.ticket;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A ticket's place in its life. The allowed moves are the table in {@link #allowedNext()}; everything else is
 * refused with {@link IllegalTransition}. Open311 sees the non-terminal ones as "open".
 */
public enum TicketStatus {
    SUBMITTED("已提交"),
    ACCEPTED("已受理"),
    ASSIGNED("已派单"),
    IN_PROGRESS("处理中"),
    RESOLVED("已处理"),
    CLOSED("已办结"),
    REJECTED("不予受理"),
    DUPLICATE("重复反映"),
    REOPENED("重新办理"),
    WITHDRAWN("已撤回");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    /** Short Simplified Chinese name residents and operators read. */
    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketStatus fromId(String id) {
        if (id == null) {
            throw new InvalidTicketRequest("status is missing");
        }
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidTicketRequest("unknown status: " + id);
        }
    }

    /** The statuses this one may move to. */
    public Set<TicketStatus> allowedNext() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ACCEPTED, ASSIGNED, REJECTED, DUPLICATE, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ASSIGNED, REJECTED, DUPLICATE, WITHDRAWN);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, ACCEPTED, REJECTED, DUPLICATE, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, ASSIGNED, WITHDRAWN);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
            case REOPENED -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED, REJECTED, DUPLICATE, WITHDRAWN);
            case REJECTED, DUPLICATE, WITHDRAWN -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    /**
     * The statuses an actor in this role may move this one to: the lifecycle table, less what the role may not
     * do ({@link TransitionRights}). The console offers these and no others.
     */
    public Set<TicketStatus> allowedNext(Actor.Role role) {
        Set<TicketStatus> next = allowedNext();
        next.removeIf(to -> !TransitionRights.allows(role, to));
        return next;
    }

    public boolean canBecome(TicketStatus next) {
        return allowedNext().contains(next);
    }

    /** Still waiting for the district: counted against its deadline, shown as "open" in Open311. */
    public boolean open() {
        return this == SUBMITTED || this == ACCEPTED || this == ASSIGNED || this == IN_PROGRESS || this == REOPENED;
    }

    /** The resident may still add words or photos, or withdraw. */
    public boolean residentMayChange() {
        return open();
    }
}
