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

    /** Prefix of the filer id of a ticket posted by another system through Open311: {@code open311:<client>:<id>}. */
    public static final String SYSTEM_PREFIX = "open311:";

    /** Where it came from: "微信" for residents' chats, else the name of the district system that posted it. */
    public String source() {
        if (openid != null && openid.startsWith(SYSTEM_PREFIX)) {
            String rest = openid.substring(SYSTEM_PREFIX.length());
            int colon = rest.indexOf(':');
            return colon < 0 ? rest : rest.substring(0, colon);
        }
        return "微信";
    }

    /** True for a WeChat resident's openid, false for a district system's filer id (nobody to message). */
    public static boolean isWechatResident(String openid) {
        return openid != null && !openid.startsWith(SYSTEM_PREFIX);
    }

    /** How many residents follow it: the filer plus those who reported it again (followers include the filer). */
    public int reporters() {
        return Math.max(1, followerCount);
    }
}
