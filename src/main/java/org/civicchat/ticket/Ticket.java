package org.civicchat.ticket;

import java.time.Instant;

/**
 * One ticket as stored. {@code openid} is the resident who filed it: never show it unmasked outside the
 * staff console, never log it whole.
 *
 * @param escalation 0 none, 1 催办 sent to the handler, 2 督办 sent to the department head
 * @param rating     1 满意, 2 基本满意, 3 不满意, or 0 when not rated
 * @param followerCount residents told of its progress, the filer included
 * @param urgent     danger to people was reported: the shortest deadline, and the console lists it first
 */
public record Ticket(String number, TicketStatus status, String category, String categoryName, String department,
                     String grid, String handler, String openid, String description, String location,
                     Double latitude, Double longitude, Instant createdAt, Instant updatedAt, Instant deadline,
                     String duplicateOf, String reason, int rating, int escalation, boolean overdue,
                     int photoCount, int followerCount, boolean urgent) {

    /** How many residents follow it: the filer plus those who reported it again (followers include the filer). */
    public int reporters() {
        return Math.max(1, followerCount);
    }
}
