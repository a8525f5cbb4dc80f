package org.civicchat.volunteer;

import java.time.Instant;

/**
 * A published activity and its counts now.
 *
 * @param status      open (taking sign-ups), closed (no more sign-ups) or cancelled
 * @param checkInCode the six digits residents send as "签到 123456" on site
 */
public record Activity(String id, String title, String description, String place, String community,
                       Instant startsAt, Instant endsAt, int quota, boolean needsPhone, String organiser,
                       String contact, String notes, String status, String checkInCode, Instant createdAt,
                       long signedUp, long waiting, long checkedIn) {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";
    public static final String CANCELLED = "cancelled";

    /** Places still free (never negative). */
    public long placesLeft() {
        return Math.max(0, quota - signedUp);
    }

    /** Hours credited for taking part: the activity's duration, to the tenth of an hour. */
    public double hours() {
        return Math.round((endsAt.toEpochMilli() - startsAt.toEpochMilli()) / 360_000.0) / 10.0;
    }

    boolean over(Instant now) {
        return !endsAt.isAfter(now);
    }
}
