package org.civicchat.ticket.routing;

/** Where a new ticket goes: department, grid and its worker (both may be blank), and its deadline. */
public record Route(String department, String grid, String handler, int deadlineHours) {
}
