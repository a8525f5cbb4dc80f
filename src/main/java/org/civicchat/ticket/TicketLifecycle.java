package org.civicchat.ticket;

import org.civicchat.ticket.intake.TicketFiling;
import org.civicchat.ticket.media.MediaJobs;
import org.civicchat.ticket.routing.Routing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Moves tickets through their life. Every change checks the lifecycle table, then writes the new state, its
 * indexes and a log line in one script that compares the status first, so two operators acting at once
 * cannot both succeed from the same status.
 */
@Component
class TicketLifecycle {

    private final TicketStore store;
    private final TicketReader reader;
    private final Routing routing;
    private final TicketClock clock;
    private final TicketSettings settings;
    private final ApplicationEventPublisher events;

    TicketLifecycle(TicketStore store, TicketReader reader, Routing routing, TicketClock clock,
                    TicketSettings settings, ApplicationEventPublisher events) {
        this.store = store;
        this.reader = reader;
        this.routing = routing;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    /**
     * A status change. {@code note} is internal (staff read it in the log); {@code toResident} (optional) is
     * the only text the resident is told; {@code reason} (rejections) is told to the resident too;
     * {@code afterPhoto} the id of a photo uploaded to this ticket
     * from the console, a URL or a WeChat media id. The actor's role must allow the move ({@link TransitionRights}).
     */
    Ticket transition(String number, TicketStatus to, Actor who, String note, String toResident, String reason,
                      String afterPhoto) {
        Ticket t = reader.get(number);
        TicketStatus from = t.status();
        if (!TransitionRights.allows(who.role(), to)) {
            throw new NotYourCall(number, who, "move to " + to.id() + " the");
        }
        if (!from.canBecome(to)) {
            throw new IllegalTransition(number, from, to);
        }
        if (to == TicketStatus.DUPLICATE) {
            throw new InvalidTicketRequest("use merge to mark " + number + " as a duplicate of another ticket");
        }
        if (to == TicketStatus.REJECTED && blank(reason)) {
            throw new InvalidTicketRequest("不予受理须填写理由。");
        }
        if (to == TicketStatus.RESOLVED && blank(note)) {
            throw new InvalidTicketRequest("办结须填写处理说明。");
        }
        Instant now = clock.now();
        TicketChange m = store.change(number).expectStatus(from);
        String photoId = null;
        java.util.Optional<Photo> uploaded = blank(afterPhoto) ? java.util.Optional.empty()
                : store.photos(number).stream().filter(p -> p.id().equals(afterPhoto.strip())
                        && "stored".equals(p.state())).findFirst();
        if (uploaded.isPresent()) {
            Photo p = uploaded.get();
            photoId = p.id();
            if (to == TicketStatus.RESOLVED) {
                m.photoState(new Photo(p.id(), p.mediaId(), p.picUrl(), "after", p.state(), p.addedAt()));
            }
        } else if (!blank(afterPhoto)) {
            Photo photo = new Photo(TicketFiling.newPhotoId(), afterPhoto.startsWith("http") ? "" : afterPhoto,
                    afterPhoto.startsWith("http") ? afterPhoto : "", to == TicketStatus.RESOLVED ? "after" : "staff",
                    "pending", now);
            photoId = photo.id();
            m.photo(photo, settings.maxPhotos() + 3, MediaJobs.job(number, photo));
        }
        if (to == TicketStatus.RESOLVED && routing.category(t.category()).afterPhoto() && photoId == null) {
            throw new InvalidTicketRequest("“" + t.categoryName() + "”类工单办结时须上传处理后照片：请拍照或选择照片后再办结。");
        }
        Instant deadline = null;
        if (to == TicketStatus.REOPENED) {
            deadline = now.plus(Duration.ofHours(routing.category(t.category()).deadlineHours()));
            m.deadline(deadline);
        }
        m.status(from, to, deadline).set("updatedAt", millis(now));
        if (to == TicketStatus.REJECTED) {
            m.set("reason", reason);
        }
        if (to == TicketStatus.RESOLVED) {
            m.askRating(t.openid(), now);
        }
        String internal = to == TicketStatus.REJECTED ? join(reason, note) : note;
        String told = blank(toResident) ? null : TicketFiling.cap(toResident.trim(), 500);
        if (to == TicketStatus.REJECTED) {
            told = join(reason, told);
        }
        m.log(new LogEntry(now, who.id(), "status", from, to, internal, photoId, told));
        apply(m, number, from, to);
        events.publishEvent(new TicketStatusChanged(number, from, to, who, internal, told, now));
        return reader.get(number);
    }

    /** Routes a ticket to a department / grid / handler; a not-yet-assigned open ticket becomes assigned. */
    Ticket assign(String number, String department, String grid, String handler, Actor who, String note) {
        Ticket t = reader.get(number);
        if (!TransitionRights.mayRoute(who.role()) && !takesOwnTicket(t, department, handler, who)) {
            throw new NotYourCall(number, who, "route");
        }
        if (!t.status().open()) {
            throw new IllegalTransition(number, t.status(), TicketStatus.ASSIGNED);
        }
        String dept = blank(department) ? t.department() : department.trim();
        String g = grid == null ? t.grid() : grid.trim();
        String h = handler == null ? t.handler() : handler.trim();
        Instant now = clock.now();
        boolean becomesAssigned = t.status() != TicketStatus.ASSIGNED && t.status() != TicketStatus.IN_PROGRESS;
        TicketChange m = store.change(number).expectStatus(t.status())
                .routedTo(t.department(), dept, t.grid(), g, h)
                .set("updatedAt", millis(now));
        if (becomesAssigned) {
            m.status(t.status(), TicketStatus.ASSIGNED, null);
        }
        String what = "派单至" + dept + (g.isEmpty() ? "" : "，" + g) + (h.isEmpty() ? "" : "，" + h);
        m.log(new LogEntry(now, who.id(), becomesAssigned ? "status" : "assign",
                becomesAssigned ? t.status() : null, becomesAssigned ? TicketStatus.ASSIGNED : null,
                join(what, note), null));
        apply(m, number, t.status(), TicketStatus.ASSIGNED);
        if (becomesAssigned) {
            events.publishEvent(new TicketStatusChanged(number, t.status(), TicketStatus.ASSIGNED, who, what, null,
                    now));
        }
        return reader.get(number);
    }

    /** An internal note in the log; residents do not see staff notes. */
    Ticket note(String number, Actor who, String note) {
        if (blank(note)) {
            throw new InvalidTicketRequest("note is empty");
        }
        reader.get(number);
        Instant now = clock.now();
        apply(store.change(number).set("updatedAt", millis(now))
                .log(new LogEntry(now, who.id(), "note", null, null, TicketFiling.cap(note, 2000), null)), number, null, null);
        return reader.get(number);
    }

    Ticket withdraw(String number, Actor who, String note) {
        return transition(number, TicketStatus.WITHDRAWN, who, note, null, null, null);
    }

    /** The resident's answer to "is it fixed?": 1 or 2 close the ticket, 3 reopens it with its history. */
    Ticket rate(String number, String openid, int rating) {
        if (rating < 1 || rating > 3) {
            throw new InvalidTicketRequest("rating must be 1, 2 or 3, was " + rating);
        }
        Ticket t = reader.get(number);
        if (t.status() != TicketStatus.RESOLVED) {
            store.apply(store.change(number).forgetRating(openid));
            throw new IllegalTransition(number, t.status(), rating == 3 ? TicketStatus.REOPENED : TicketStatus.CLOSED);
        }
        Instant now = clock.now();
        TicketStatus to = rating == 3 ? TicketStatus.REOPENED : TicketStatus.CLOSED;
        String label = switch (rating) {
            case 1 -> "满意";
            case 2 -> "基本满意";
            default -> "不满意";
        };
        Actor who = Actor.resident(openid);
        TicketChange m = store.change(number).expectStatus(TicketStatus.RESOLVED)
                .rated(openid, t.department(), rating);
        Instant deadline = null;
        if (to == TicketStatus.REOPENED) {
            deadline = now.plus(Duration.ofHours(routing.category(t.category()).deadlineHours()));
            m.deadline(deadline);
        }
        String note = "居民评价：" + label + (rating == 3 ? "，重新办理" : "");
        m.status(TicketStatus.RESOLVED, to, deadline).set("updatedAt", millis(now))
                .log(new LogEntry(now, who.id(), "rating", TicketStatus.RESOLVED, to, note, null, note));
        apply(m, number, TicketStatus.RESOLVED, to);
        events.publishEvent(new TicketStatusChanged(number, TicketStatus.RESOLVED, to, who, note, note, now));
        return reader.get(number);
    }

    private void apply(TicketChange m, String number, TicketStatus from, TicketStatus to) {
        TicketStore.Result result = store.apply(m);
        switch (result.code()) {
            case "ok" -> {
            }
            case "missing" -> throw new TicketNotFound(number);
            case "conflict" -> throw new IllegalTransition(number, TicketStatus.fromId(result.detail()),
                    to == null ? TicketStatus.fromId(result.detail()) : to);
            case "full" -> throw new PhotoLimitReached(number, settings.maxPhotos());
            default -> throw new IllegalStateException("unexpected store answer " + result.code() + " for " + number);
        }
    }

    /** A handler taking a ticket of their department into their own hands (the chat's 受理). */
    private static boolean takesOwnTicket(Ticket t, String department, String handler, Actor who) {
        boolean sameDepartment = blank(department) || department.trim().equals(t.department());
        return who.role() == Actor.Role.HANDLER && sameDepartment && handler != null
                && who.id().equals(Actor.STAFF_PREFIX + handler.trim());
    }

    static String millis(Instant at) {
        return Long.toString(at.toEpochMilli());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String join(String a, String b) {
        if (blank(b)) {
            return a;
        }
        return blank(a) ? b : a + "；" + b;
    }
}
