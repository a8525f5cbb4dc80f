package org.civicchat.volunteer;

import java.time.Instant;
import java.util.List;

/** What happened to volunteer activities, for whoever tells residents or counts figures. */
public final class VolunteerEvents {

    private VolunteerEvents() {
    }

    /** A new activity; {@code push} when the office asked to tell the topic's followers. */
    public record ActivityPublished(String activityId, boolean push, Instant at) {
    }

    /** Its time or place changed; {@code residents} are those signed up or waiting. */
    public record ActivityRescheduled(String activityId, List<String> residents, long version, Instant at) {
    }

    public record ActivityCancelled(String activityId, List<String> residents, Instant at) {
    }

    public record VolunteerSignedUp(String activityId, String openid, boolean waiting, Instant at) {
    }

    /** Someone cancelled and the first on the waiting list got the place. */
    public record VolunteerPromoted(String activityId, String openid, Instant at) {
    }

    public record VolunteerCheckedIn(String activityId, String openid, Instant at) {
    }
}
