package org.civicchat.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A complaint being put together across messages; it becomes a ticket once it has a description and a place.
 *
 * @param photoRefused photos the last change could not keep (over the per-ticket limit)
 * @param truncated    the description reached its maximum length and was cut
 * @param urgent       the resident reported danger to people: filed with the shortest deadline, flagged urgent
 */
public record Draft(String openid, String description, String category, String location, Double latitude,
                    Double longitude, List<Photo> photos, Instant startedAt, Instant updatedAt, int photoRefused,
                    boolean truncated, boolean urgent) {

    public Draft(String openid, String description, String category, String location, Double latitude,
                 Double longitude, List<Photo> photos, Instant startedAt, Instant updatedAt, int photoRefused,
                 boolean truncated) {
        this(openid, description, category, location, latitude, longitude, photos, startedAt, updatedAt,
                photoRefused, truncated, false);
    }

    public boolean hasDescription() {
        return description != null && !description.isBlank();
    }

    public boolean hasLocation() {
        return (location != null && !location.isBlank()) || latitude != null;
    }

    public boolean complete() {
        return hasDescription() && hasLocation();
    }

    public boolean isEmpty() {
        return !hasDescription() && !hasLocation() && photos.isEmpty();
    }
}
