package org.civicchat.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which statuses each kind of actor may move a ticket to, on top of the lifecycle table in
 * {@link TicketStatus#allowedNext()}. Checked by the lifecycle itself, so no page or API can skip it:
 * handlers take a ticket in, work it, resolve it or give it back to the office (accepted); rejecting,
 * withdrawing, closing, reopening and marking duplicates stay with the office; residents only withdraw (their
 * rating is its own path).
 */
final class TransitionRights {

    private static final Set<TicketStatus> HANDLER = EnumSet.of(TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS,
            TicketStatus.RESOLVED);
    private static final Set<TicketStatus> RESIDENT = EnumSet.of(TicketStatus.WITHDRAWN);

    private TransitionRights() {
    }

    static boolean allows(Actor.Role role, TicketStatus to) {
        return switch (role) {
            case OFFICE, SYSTEM -> true;
            case HANDLER -> HANDLER.contains(to);
            case RESIDENT -> RESIDENT.contains(to);
        };
    }

    /** Routing and merging decisions belong to the office; a handler may only take a ticket of their own. */
    static boolean mayRoute(Actor.Role role) {
        return role == Actor.Role.OFFICE || role == Actor.Role.SYSTEM;
    }
}
