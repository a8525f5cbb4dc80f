package org.civicchat.admin;

import org.civicchat.ticket.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which tickets a signed-in staff member may see, and in which capacity they act on them. Office staff
 * (admins, operators) see every ticket; a handler sees their department's only, and a handler without a
 * department (or anyone unknown) sees nothing — a missing scope never widens to "everything".
 */
@Component
class StaffScope {

    /** Stands for "no department at all": no ticket is routed to it, so every filter by it is empty. */
    static final String NOTHING = "\u0000none";

    private final StaffDirectory staff;

    StaffScope(StaffDirectory staff) {
        this.staff = staff;
    }

    /** The one department this person is limited to ({@link #NOTHING} when they have none), or empty for office staff. */
    Optional<String> departmentOf(Authentication who) {
        if (who == null) {
            return Optional.of(NOTHING);
        }
        if (office(who)) {
            return Optional.empty();
        }
        String department = who instanceof ApiTokenAuthentication token ? token.department()
                : staff.find(who.getName()).map(StaffAccount::department).orElse(null);
        return Optional.of(department == null || department.isBlank() ? NOTHING : department.trim());
    }

    /** Whether the department limit admits no ticket at all. */
    static boolean nothing(Optional<String> department) {
        return department.isPresent() && NOTHING.equals(department.get());
    }

    /** The ticket actor for this caller: office staff, or a handler with a handler's rights. */
    Actor actor(Authentication who) {
        if (who == null) {
            return Actor.handler("unknown");
        }
        return office(who) ? Actor.staff(who.getName()) : Actor.handler(who.getName());
    }

    static boolean office(Authentication who) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(r -> r.equals("ROLE_ADMIN") || r.equals("ROLE_OPERATOR"));
    }
}
