package org.civicchat.admin;

import java.util.Set;

/**
 * A staff member who signs in to the console or calls the API.
 *
 * @param department for handlers: the department whose tickets they see (null for everyone else)
 * @param grid       for grid workers: their 网格 (optional)
 */
public record StaffAccount(String username, String passwordHash, Set<StaffRole> roles, String department,
                           String grid, boolean enabled) {

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
