package org.civicchat.volunteer;

import java.time.Instant;

/**
 * One resident on an activity's roster.
 *
 * @param no          their number on this activity (sign-up order); the organiser adjusts hours by it
 * @param resident    the openid, shortened ("oAbC…xYz9")
 * @param phone       masked (138****5678) unless full numbers were asked for; null when not given
 * @param checkedInAt null when not checked in
 * @param hours       hours credited (null before check-in unless the organiser set them)
 */
public record RosterEntry(int no, String resident, String name, String phone, Instant signedUpAt,
                          Instant checkedInAt, Double hours) {
}
