package org.civicchat.ticket;

/**
 * A complaint category with its routing: the department it goes to by default, its deadline, and whether
 * resolving needs an after-photo.
 */
public record Category(String id, String name, String examples, String department, int deadlineHours,
                       boolean afterPhoto) {
}
