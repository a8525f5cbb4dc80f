package org.civicchat.volunteer;

import java.time.Instant;

/**
 * What the office says about an activity when publishing or editing it.
 *
 * @param community community or grid it belongs to; residents of it see it first
 * @param quota     places; the rest go on the waiting list
 * @param needsPhone residents give a name and a mobile number (asked once) when signing up
 */
public record ActivityDraft(String title, String description, String place, String community, Instant startsAt,
                            Instant endsAt, int quota, boolean needsPhone, String organiser, String contact,
                            String notes) {
}
