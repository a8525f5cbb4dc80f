package org.civicchat.admin;

import java.util.Locale;

/** What a staff account may do: admin (everything, users), operator (the office's work), handler (own tickets). */
public enum StaffRole {
    ADMIN, OPERATOR, HANDLER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StaffRole of(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + id + "' (admin, operator, handler)");
        }
    }
}
