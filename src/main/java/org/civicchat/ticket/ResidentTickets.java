package org.civicchat.ticket;

import org.civicchat.ticket.intake.TicketFiling;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * What a resident may do with tickets, always as themselves (their openid): build a complaint draft and file it,
 * follow, add to, withdraw and rate their own tickets. Everything is stored in Redis before a method returns; a
 * Redis outage surfaces as {@link org.civicchat.store.StoreUnavailable}. Staff work is {@link StaffTickets}.
 */
@Service
public class ResidentTickets {

    private final TicketFiling filing;
    private final TicketLifecycle lifecycle;
    private final ResidentActions residents;
    private final TicketReader reader;
    private final TicketStore store;

    ResidentTickets(TicketFiling filing, TicketLifecycle lifecycle, ResidentActions residents,
                           TicketReader reader, TicketStore store) {
        this.filing = filing;
        this.lifecycle = lifecycle;
        this.residents = residents;
        this.reader = reader;
        this.store = store;
    }

    // ---- drafts and filing

    public Optional<Draft> draft(String openid) {
        return filing.draft(openid);
    }

    /** Drops the resident's draft (they cancelled it). */
    public void discardDraft(String openid) {
        filing.discard(openid);
    }

    /** The resident reported danger to people: the draft files with the shortest deadline and an urgent flag. */
    public void markDraftUrgent(String openid) {
        filing.markUrgent(openid);
    }

    /** Replaces the draft's words (and category) or its place; a null part is left as it is. */
    public Draft reviseDraft(String openid, String description, String category, DraftPart place) {
        return filing.revise(openid, description, category, place);
    }

    /** Sets the draft aside while another problem is reported; false when there is none or one is parked. */
    public boolean parkDraft(String openid) {
        return filing.park(openid);
    }

    /** Brings back a draft set aside; false when there is none or another draft is open. */
    public boolean unparkDraft(String openid) {
        return filing.unpark(openid);
    }

    public boolean hasParkedDraft(String openid) {
        return filing.hasParked(openid);
    }

    /** Adds one message's words, place or photo to the resident's draft and returns the draft. */
    public Draft addToDraft(String openid, DraftPart part) {
        return filing.add(openid, part);
    }

    /**
     * Adds one message's words and place to the resident's draft and, when that completes it, files it (or
     * follows the open ticket that already reports it): {@link #addToDraft} then {@link #fileDraft} in two
     * round trips. An open draft for which {@code setAside} says true is parked first and the words start
     * their own draft.
     *
     * @param source the dedup key of the message; the same source never files twice
     */
    public ComplaintIntake addAndFile(String openid, DraftPart part, String source,
                                      java.util.function.Predicate<Draft> setAside) {
        return filing.addAndFile(openid, part, source, setAside);
    }

    /**
     * Files the draft once it has words and a place ({@code anyway}: words or a photo suffice), or makes the
     * resident a follower of an open ticket that already reports it.
     *
     * @param source the dedup key of the message that completes the draft; the same source never files twice
     */
    public Filing fileDraft(String openid, String source, boolean anyway) {
        return filing.file(openid, source, anyway);
    }

    // ---- following

    /** The resident's own and followed tickets, newest first. */
    public List<Ticket> ticketsOf(String openid, int limit) {
        return reader.all(store.residentTickets(openid, limit));
    }

    /** A ticket the resident filed or follows; empty for unknown numbers and for other residents' tickets. */
    public Optional<Ticket> findFor(String openid, String number) {
        return reader.visibleTo(openid, number);
    }

    /** The audit log of a ticket found with {@link #findFor}, oldest first. */
    public List<LogEntry> log(String number) {
        reader.get(number);
        return store.log(number);
    }

    public Ticket addWords(String openid, String number, String text) {
        return residents.addWords(openid, number, text);
    }

    /** A WeChat location sent right after filing: the ticket's position (and its label when it had no place). */
    public Ticket addPosition(String openid, String number, String label, double latitude, double longitude) {
        return residents.addPosition(openid, number, label, latitude, longitude);
    }

    public Ticket addPhoto(String openid, String number, String mediaId, String picUrl) {
        return residents.addPhoto(openid, number, mediaId, picUrl);
    }

    /** The filer withdraws the ticket; a follower stops following it. @return true when withdrawn */
    public boolean withdraw(String openid, String number) {
        return residents.withdraw(openid, number).withdrawn();
    }

    /** The resolved ticket the resident was last asked to rate, if still unrated. */
    public Optional<Ticket> pendingRating(String openid) {
        return residents.pendingRating(openid);
    }

    /** 1 满意, 2 基本满意 (both close it), 3 不满意 (reopens it). */
    public Ticket rate(String openid, String number, int rating) {
        reader.visibleTo(openid, number).filter(t -> openid.equals(t.openid()))
                .orElseThrow(() -> new TicketNotFound(number));
        return lifecycle.rate(number, openid, rating);
    }
}
