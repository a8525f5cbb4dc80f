package org.civicchat.ticket;

import org.civicchat.ticket.intake.TicketFiling;
import org.civicchat.ticket.media.MediaJobs;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * What a resident may do to a ticket they filed or follow: add words or a photo while it is open, withdraw it
 * (a follower stops following instead), answer the rating question. Someone else's ticket is "not found".
 */
@Component
class ResidentActions {

    private final TicketStore store;
    private final TicketReader reader;
    private final TicketLifecycle lifecycle;
    private final TicketClock clock;
    private final TicketSettings settings;

    ResidentActions(TicketStore store, TicketReader reader, TicketLifecycle lifecycle, TicketClock clock,
                    TicketSettings settings) {
        this.store = store;
        this.reader = reader;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.settings = settings;
    }

    Ticket addWords(String openid, String number, String text) {
        Ticket t = openFor(openid, number, TicketStatus.IN_PROGRESS);
        Instant now = clock.now();
        String words = TicketFiling.cap(text.trim(), settings.maxDescription());
        TicketChange m = store.change(number).expectStatus(t.status())
                .set("updatedAt", TicketLifecycle.millis(now))
                .log(new LogEntry(now, Actor.resident(openid).id(), "addition", null, null, words, null));
        if (openid.equals(t.openid())) {
            String joined = t.description() + "；补充：" + words;
            m.set("description", joined.length() > settings.maxDescription()
                    ? joined.substring(0, settings.maxDescription()) : joined);
        }
        require(store.apply(m), number);
        return reader.get(number);
    }

    Ticket addPosition(String openid, String number, String label, double latitude, double longitude) {
        Ticket t = openFor(openid, number, TicketStatus.IN_PROGRESS);
        Instant now = clock.now();
        String where = label == null || label.isBlank() ? "微信位置" : TicketFiling.cap(label.trim(), 100);
        TicketChange m = store.change(number).expectStatus(t.status())
                .set("updatedAt", TicketLifecycle.millis(now))
                .log(new LogEntry(now, Actor.resident(openid).id(), "addition", null, null,
                        "补充位置：" + where + "（" + latitude + "," + longitude + "）", null));
        if (openid.equals(t.openid())) { // a follower's point goes to the log; the filer's becomes the position
            m.set("lat", Double.toString(latitude)).set("lng", Double.toString(longitude));
            if (t.location() == null || t.location().isBlank() || TicketFiling.NO_PLACE.equals(t.location())) {
                m.set("location", where);
            }
        }
        require(store.apply(m), number);
        return reader.get(number);
    }

    Ticket addPhoto(String openid, String number, String mediaId, String picUrl) {
        Ticket t = openFor(openid, number, TicketStatus.IN_PROGRESS);
        Instant now = clock.now();
        Photo photo = new Photo(TicketFiling.newPhotoId(), mediaId, picUrl, "report", "pending", now);
        TicketChange m = store.change(number).expectStatus(t.status())
                .photo(photo, settings.maxPhotos(), MediaJobs.job(number, photo))
                .set("updatedAt", TicketLifecycle.millis(now))
                .log(new LogEntry(now, Actor.resident(openid).id(), "photo", null, null, "补充照片", photo.id()));
        require(store.apply(m), number);
        return reader.get(number);
    }

    /** @return the ticket after; for a follower it is unchanged but no longer followed */
    Withdrawal withdraw(String openid, String number) {
        Ticket t = reader.visibleTo(openid, number).orElseThrow(() -> new TicketNotFound(number));
        if (!openid.equals(t.openid())) {
            Instant now = clock.now();
            require(store.apply(store.change(number).unfollow(openid)
                    .log(new LogEntry(now, Actor.resident(openid).id(), "unfollow", null, null, "居民不再关注", null))),
                    number);
            return new Withdrawal(reader.get(number), false);
        }
        return new Withdrawal(lifecycle.withdraw(number, Actor.resident(openid), "居民撤回"), true);
    }

    /** The resolved ticket the resident was last asked to rate. */
    Optional<Ticket> pendingRating(String openid) {
        return store.latestPendingRating(openid).flatMap(reader::find)
                .filter(t -> t.status() == TicketStatus.RESOLVED);
    }

    private Ticket openFor(String openid, String number, TicketStatus attempted) {
        Ticket t = reader.visibleTo(openid, number).orElseThrow(() -> new TicketNotFound(number));
        if (!t.status().residentMayChange()) {
            throw new IllegalTransition(number, t.status(), attempted);
        }
        return t;
    }

    private void require(TicketStore.Result result, String number) {
        switch (result.code()) {
            case "ok" -> {
            }
            case "full" -> throw new PhotoLimitReached(number, settings.maxPhotos());
            case "missing" -> throw new TicketNotFound(number);
            case "conflict" -> throw new IllegalTransition(number, TicketStatus.fromId(result.detail()),
                    TicketStatus.fromId(result.detail()));
            default -> throw new IllegalStateException("unexpected store answer " + result.code());
        }
    }

    /** @param withdrawn true when the ticket was withdrawn, false when the resident only stopped following */
    record Withdrawal(Ticket ticket, boolean withdrawn) {
    }
}
