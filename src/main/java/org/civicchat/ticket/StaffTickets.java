package org.civicchat.ticket;

import org.civicchat.nlp.TextNormalizer;
import org.civicchat.ticket.media.PhotoFiles;
import org.civicchat.ticket.routing.Routing;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What staff (the console, Open311 clients, handlers) may do with tickets: read and list any ticket, move it
 * through its life, assign, note, upload photos, merge and split. Everything is stored in Redis before a method
 * returns; a Redis outage surfaces as {@link org.civicchat.store.StoreUnavailable}. Residents' own actions are
 * {@link ResidentTickets}.
 */
@Service
public class StaffTickets {

    private final TicketLifecycle lifecycle;
    private final TicketMerging merging;
    private final TicketReader reader;
    private final TicketStore store;
    private final TicketQueryStore queries;
    private final Routing routing;
    private final PhotoFiles photoFiles;
    private final StaffPhotos staffPhotos;

    StaffTickets(TicketLifecycle lifecycle, TicketMerging merging, TicketReader reader, TicketStore store,
                        TicketQueryStore queries, Routing routing, PhotoFiles photoFiles, StaffPhotos staffPhotos) {
        this.staffPhotos = staffPhotos;
        this.lifecycle = lifecycle;
        this.merging = merging;
        this.reader = reader;
        this.store = store;
        this.queries = queries;
        this.routing = routing;
        this.photoFiles = photoFiles;
    }

    // ---- reading (console, Open311, handlers)

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
