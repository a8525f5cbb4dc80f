package org.civicchat.ticket;

/** Where a new ticket goes: department, grid and its worker (both may be blank), and its deadline. */
record Route(String department, String grid, String handler, int deadlineHours) {
}
