package org.civicchat.admin;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which tickets a signed-in staff member may see: handlers only their department's, others all. */
@Component
class StaffScope {

    private final StaffDirectory staff;

    StaffScope(StaffDirectory staff) {
        this.staff = staff;
    }

    /** The one department this person is limited to, or empty for office staff. */
    Optional<String> departmentOf(Authentication who) {
        if (who == null) {
            return Optional.of("");
        }
        Set<String> roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (roles.contains("ROLE_ADMIN") || roles.contains("ROLE_OPERATOR")) {
            return Optional.empty();
        }
        return Optional.of(staff.find(who.getName()).map(StaffAccount::department).orElse(""));
    }
}
