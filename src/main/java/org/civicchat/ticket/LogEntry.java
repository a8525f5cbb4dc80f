package org.civicchat.ticket;

import java.time.Instant;

/**
 * One line of a ticket's audit log.
 *
 * @param who    "resident:&lt;openid&gt;", "staff:&lt;name&gt;" or "system"
 * @param action filed, status, assign, note, photo, follow, merge, split, urge (催办), supervise (督办), rating
 * @param from   the status before (null when the status did not change)
 * @param to     the status after (null when the status did not change)
 * @param note   what staff read (an internal note on status changes, never sent to residents)
 * @param photo  a photo id of this ticket, or null
 * @param toResident what the resident was told with this change (their "查询" history shows only this), or null
 */
public record LogEntry(Instant at, String who, String action, TicketStatus from, TicketStatus to, String note,
                       String photo, String toResident) {

    /** A line nothing of which is for the resident. */
    public LogEntry(Instant at, String who, String action, TicketStatus from, TicketStatus to, String note,
                    String photo) {
        this(at, who, action, from, to, note, photo, null);
    }

    public boolean byResident() {
        return who != null && who.startsWith(Actor.RESIDENT_PREFIX);
    }
}
