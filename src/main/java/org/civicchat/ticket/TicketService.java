package org.civicchat.ticket;

import org.civicchat.nlp.TextNormalizer;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ticket feature: residents' complaint drafts and their filing, following and rating tickets; staff
 * moving tickets through their life, routing, merging and listing them. Everything is stored in Redis before
 * a method returns; a Redis outage surfaces as {@link org.civicchat.store.StoreUnavailable}.
 */
@Service
public class TicketService {

    private final TicketFiling filing;
    private final TicketLifecycle lifecycle;
    private final ResidentActions residents;
    private final TicketMerging merging;
    private final TicketReader reader;
    private final TicketStore store;
    private final TicketQueryStore queries;
    private final Routing routing;
    private final PhotoFiles photoFiles;
    private final StaffPhotos staffPhotos;

    TicketService(TicketFiling filing, TicketLifecycle lifecycle, ResidentActions residents, TicketMerging merging,
                  TicketReader reader, TicketStore store, TicketQueryStore queries, Routing routing,
                  PhotoFiles photoFiles, StaffPhotos staffPhotos) {
        this.staffPhotos = staffPhotos;
        this.filing = filing;
        this.lifecycle = lifecycle;
        this.residents = residents;
        this.merging = merging;
        this.reader = reader;
        this.store = store;
        this.queries = queries;
        this.routing = routing;
        this.photoFiles = photoFiles;
    }

    // ---- residents: drafts and filing

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

    // ---- residents: following

    /** The resident's own and followed tickets, newest first. */
    public List<Ticket> ticketsOf(String openid, int limit) {
        return reader.all(store.residentTickets(openid, limit));
    }

    /** A ticket the resident filed or follows; empty for unknown numbers and for other residents' tickets. */
    public Optional<Ticket> findFor(String openid, String number) {
        return reader.visibleTo(openid, number);
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

    // ---- everyone with the number (staff API, Open311)

    public Ticket get(String number) {
        return reader.get(number);
    }

    public List<LogEntry> log(String number) {
        reader.get(number);
        return store.log(number);
    }

    public List<Photo> photos(String number) {
        return store.photos(number);
    }

    /** Reports folded into the ticket (re-reports and merged tickets), oldest first; openids included. */
    public List<Report> reports(String number) {
        return Reports.all(store.reports(number));
    }

    /** A stored photo file: the original for staff, or the copy stripped of EXIF/GPS for anyone else. */
    public Optional<java.nio.file.Path> photoFile(String number, String photoId, boolean stripped) {
        return photoFiles.file(number, photoId, stripped);
    }

    public TicketPage list(TicketFilter f) {
        long from = f.from() == null ? 0 : startOf(f.from());
        long to = f.to() == null ? Long.MAX_VALUE / 2 : startOf(f.to().plusDays(1)) - 1;
        java.util.function.Predicate<String> matcher = null;
        if (f.text() != null && !f.text().isBlank()) {
            String needle = TextNormalizer.normalize(f.text());
            matcher = s -> TextNormalizer.normalize(s).contains(needle);
        }
        TicketQueryStore.Page page = queries.numbers(f, from, to, matcher);
        return new TicketPage(reader.all(page.numbers()), page.total(), page.exact(), f.page(), f.size());
    }

    /**
     * Open urgent tickets (danger to people) that the filter's category, department and grid allow, newest
     * first: the console pins them above the list.
     */
    public List<Ticket> urgentOpen(TicketFilter f, int limit) {
        List<Ticket> found = new java.util.ArrayList<>();
        for (Ticket t : reader.all(store.urgent(Math.max(limit * 4, 50)))) {
            if (!t.status().open()) {
                store.unindexUrgent(t.number());
            } else if ((f.category() == null || f.category().equals(t.category()))
                    && (f.department() == null || f.department().equals(t.department()))
                    && (f.grid() == null || f.grid().equals(t.grid())) && found.size() < limit) {
                found.add(t);
            }
        }
        return found;
    }

    public List<Category> categories() {
        return routing.categories();
    }

    /** Department → how many ratings of 1 满意, 2 基本满意, 3 不满意. */
    public Map<String, Map<String, String>> ratings() {
        return store.ratings();
    }

    // ---- staff

    /** A status change whose note stays internal: the resident is told the new status (and a rejection's reason). */
    public Ticket transition(String number, TicketStatus to, Actor who, String note, String reason, String photo) {
        return lifecycle.transition(number, to, who, note, null, reason, photo);
    }

    /**
     * A status change with an internal {@code note} and an optional {@code toResident}, the only words of
     * staff the resident is sent. Refused with {@link NotYourCall} when the actor's role may not make it.
     */
    public Ticket transition(String number, TicketStatus to, Actor who, String note, String toResident,
                             String reason, String photo) {
        return lifecycle.transition(number, to, who, note, toResident, reason, photo);
    }

    public Ticket assign(String number, String department, String grid, String handler, Actor who, String note) {
        return lifecycle.assign(number, department, grid, handler, who, note);
    }

    public Ticket note(String number, Actor who, String note) {
        return lifecycle.note(number, who, note);
    }

    /**
     * A photo staff upload (JPEG, PNG or WebP by content, at most 10 MB); resolving with its id makes it the
     * after-photo. @throws InvalidTicketRequest for anything else, with a Chinese message
     */
    public Photo uploadPhoto(String number, Actor who, byte[] bytes) {
        return staffPhotos.upload(number, who, bytes);
    }

    /** Marks {@code number} a duplicate of {@code into}; its residents follow {@code into}. */
    public Ticket merge(String number, String into, Actor who) {
        return merging.merge(number, into, who);
    }

    /** Splits a folded report off {@code number}; returns the ticket that now stands on its own. */
    public Ticket split(String number, String reportId, Actor who) {
        return merging.split(number, reportId, who);
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(TicketClock.ZONE).toInstant().toEpochMilli();
    }
}
