package org.civicchat.volunteer;

import java.util.List;

/** Who signed up (in order), who waits (in order), how many came and the hours credited in all. */
public record Roster(String id, String title, List<RosterEntry> signedUp, List<RosterEntry> waitlist,
                     long checkedIn, double hours) {
}
