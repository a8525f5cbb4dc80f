package org.civicchat.ticket.intake;

import org.civicchat.ticket.Actor;
import org.civicchat.ticket.Category;
import org.civicchat.ticket.ComplaintIntake;
import org.civicchat.ticket.Draft;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.Filing;
import org.civicchat.ticket.LogEntry;
import org.civicchat.ticket.Photo;
import org.civicchat.ticket.Reports;
import org.civicchat.ticket.TicketChange;
import org.civicchat.ticket.TicketClock;
import org.civicchat.ticket.TicketFiled;
import org.civicchat.ticket.TicketNotFound;
import org.civicchat.ticket.TicketNumbers;
import org.civicchat.ticket.TicketReader;
import org.civicchat.ticket.TicketSettings;
import org.civicchat.ticket.TicketStatus;
import org.civicchat.ticket.TicketStore;
import org.civicchat.ticket.duplicates.DuplicateFinder;
import org.civicchat.ticket.media.MediaJobs;
import org.civicchat.ticket.routing.Route;
import org.civicchat.ticket.routing.Routing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * From a resident's messages to a ticket: collects the draft, files it once it has words and a place (or the
 * resident says so), routes it, and instead follows an open ticket that already describes the same problem.
 * Filing is idempotent on the source message (see {@link TicketStore#create}).
 */
@Component
public class TicketFiling {

    static final String NO_WORDS = "（居民未填写文字描述，请见照片）";
    public static final String NO_PLACE = "（未提供位置）";
    private static final String SEPARATOR = "；";

    private final TicketStore store;
    private final DraftStore drafts;
    private final TicketReader reader;
    private final Routing routing;
    private final DuplicateFinder duplicates;
    private final TicketClock clock;
    private final TicketSettings settings;
    private final ApplicationEventPublisher events;

    public TicketFiling(TicketStore store, DraftStore drafts, TicketReader reader, Routing routing,
                 DuplicateFinder duplicates, TicketClock clock, TicketSettings settings,
                 ApplicationEventPublisher events) {
        this.store = store;
        this.drafts = drafts;
        this.reader = reader;
        this.routing = routing;
        this.duplicates = duplicates;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    public void discard(String openid) {
        drafts.delete(openid);
    }

    public Optional<Draft> draft(String openid) {
        return drafts.read(openid);
    }

    /**
     * The same words again (a double tap, or a retry that reached another node after the first attempt died
     * mid-way) are not added twice to the description.
     */
    private static boolean alreadySaid(String description, String words) {
        return !description.isEmpty() && java.util.Arrays.asList(description.split(SEPARATOR)).contains(words);
    }

    public Draft add(String openid, DraftPart part) {
        Instant now = clock.now();
        Draft updated = merge(drafts.read(openid), openid, part, now);
        drafts.write(updated, now);
        if (!part.hasPhoto()) {
            return updated;
        }
        int refused = 0;
        Photo photo = new Photo(newPhotoId(), part.mediaId(), part.picUrl(), "report", "pending", now);
        if (!drafts.addPhoto(openid, photo, settings.maxPhotos(), now)) {
            refused = 1;
        }
        Draft stored = drafts.read(openid).orElse(updated);
        return new Draft(openid, stored.description(), stored.category(), stored.location(), stored.latitude(),
                stored.longitude(), stored.photos(), stored.startedAt(), stored.updatedAt(), refused, updated.truncated(),
                stored.urgent());
    }

    /** The draft with one message's words, category and place added (photos are added by the caller). */
    private Draft merge(Optional<Draft> found, String openid, DraftPart part, Instant now) {
        Draft d = found.orElse(new Draft(openid, "", null, null, null, null, List.of(), now, now, 0, false));
        String description = d.description() == null ? "" : d.description();
        boolean truncated = d.truncated();
        if (part.text() != null && !part.text().isBlank() && !alreadySaid(description, part.text().trim())) {
            String joined = description.isEmpty() ? part.text().trim() : description + SEPARATOR + part.text().trim();
            if (joined.length() > settings.maxDescription()) {
                joined = joined.substring(0, settings.maxDescription());
                truncated = true;
            }
            description = joined;
        }
        String category = d.category();
        if (part.category() != null && routing.knows(part.category())
                && (category == null || Routing.OTHER.equals(category))) {
            category = part.category();
        }
        String location = d.location();
        Double lat = d.latitude();
        Double lng = d.longitude();
        if (part.location() != null && !part.location().isBlank()) {
            location = cap(part.location().trim(), 100);
        }
        if (part.latitude() != null && part.longitude() != null) {
            lat = part.latitude();
            lng = part.longitude();
        }
        return new Draft(openid, description, category, location, lat, lng, d.photos(), d.startedAt(), now, 0, truncated,
                d.urgent());
    }

    /**
     * One message's words and place added to the draft, and the draft filed when that completes it: the outcome
     * of {@link #add} then {@link #file}, in two round trips (read the draft, the source and the parked flag; then
     * number and store the ticket, or write the draft when it is still incomplete).
     *
     * @param setAside asked about an open draft before the words are added: true sets it aside (parks it), and
     *                 the words start a draft of their own
     */
    public ComplaintIntake addAndFile(String openid, DraftPart part, String source, java.util.function.Predicate<Draft> setAside) {
        if (part.hasPhoto()) {
            throw new IllegalArgumentException("addAndFile takes words and a place, not a photo");
        }
        DraftStore.Prepared prepared = drafts.prepare(openid, source);
        if (prepared.filed().isPresent()) {
            // read again through the replicated path: the number is about to be told
            String number = store.numberForSource(source).orElse(prepared.filed().get());
            return new ComplaintIntake(new Filing(Filing.Outcome.ALREADY_FILED, reader.get(number), null), false,
                    prepared.parked());
        }
        Optional<Draft> open = prepared.draft();
        boolean setAsideNow = false;
        if (open.isPresent() && setAside.test(open.get()) && drafts.park(openid)) {
            open = Optional.empty();
            setAsideNow = true;
        }
        Instant now = clock.now();
        Draft d = merge(open, openid, part, now);
        if (!d.complete()) {
            drafts.write(d, now);
            return new ComplaintIntake(new Filing(Filing.Outcome.INCOMPLETE, null, d), setAsideNow,
                    setAsideNow || prepared.parked());
        }
        return new ComplaintIntake(fileComplete(d, source), setAsideNow, setAsideNow || prepared.parked());
    }

    /**
     * Files the resident's draft if it is complete (or, with {@code anyway}, if it has words or a photo).
     *
     * @param source the dedup key of the message that completes the draft: the same source never files twice
     */
    public Filing file(String openid, String source, boolean anyway) {
        Optional<String> already = store.numberForSource(source);
        if (already.isPresent()) {
            return new Filing(Filing.Outcome.ALREADY_FILED, reader.get(already.get()), null);
        }
        Optional<Draft> found = drafts.read(openid);
        Draft d = found.orElse(new Draft(openid, "", null, null, null, null, List.of(), clock.now(), clock.now(), 0,
                false));
        boolean enough = d.complete() || (anyway && (d.hasDescription() || !d.photos().isEmpty()));
        if (!enough) {
            // a concurrent attempt with the same source may have filed (and consumed the draft) meanwhile
            Optional<String> filed = store.numberForSource(source);
            if (filed.isPresent()) {
                return new Filing(Filing.Outcome.ALREADY_FILED, reader.get(filed.get()), null);
            }
            return new Filing(Filing.Outcome.INCOMPLETE, null, d);
        }
        return fileComplete(d, source);
    }

    private Filing fileComplete(Draft d, String source) {
        String openid = d.openid();
        String category = d.category() != null && routing.knows(d.category()) ? d.category() : Routing.OTHER;
        if (d.hasDescription() && d.hasLocation()) {
            Optional<String> same = duplicates.find(category, d.location(), d.latitude(), d.longitude(), d.description());
            if (same.isPresent()) {
                Optional<Filing> followed = follow(d, same.get(), source);
                if (followed.isPresent()) {
                    return followed.get();
                }
            }
        }
        return create(d, category, source, Actor.resident(openid), true);
    }

    /**
     * Files a ticket from a draft-shaped report (chat draft, split-off report, lapsed draft). Without photos the
     * create script numbers it (one round trip); the ticket told back is built from what was stored, not read.
     */
    public Filing create(Draft d, String category, String source, Actor who, boolean consumeDraft) {
        Instant now = clock.now();
        String day = clock.today().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        List<Photo> photos = d.photos().stream().limit(settings.maxPhotos()).toList();
        // a media job carries the number, so a ticket with photos is numbered first
        String number = photos.isEmpty() ? null : TicketNumbers.format(clock.today(), store.nextSequence(day));
        String location = d.location() == null || d.location().isBlank() ? "" : d.location();
        Route route = routing.route(category, location);
        Instant deadline = now.plus(Duration.ofHours(d.urgent() ? shortestDeadlineHours(route) : route.deadlineHours()));
        Map<String, String> f = new LinkedHashMap<>();
        if (number != null) {
            f.put("number", number);
        }
        f.put("status", TicketStatus.SUBMITTED.id());
        f.put("category", category);
        f.put("department", route.department());
        f.put("grid", route.grid());
        f.put("handler", route.handler());
        f.put("openid", d.openid());
        f.put("description", d.hasDescription() ? d.description() : NO_WORDS);
        f.put("location", location.isEmpty() && d.latitude() == null ? NO_PLACE : location);
        f.put("lat", d.latitude() == null ? "" : d.latitude().toString());
        f.put("lng", d.longitude() == null ? "" : d.longitude().toString());
        f.put("createdAt", Long.toString(now.toEpochMilli()));
        f.put("updatedAt", Long.toString(now.toEpochMilli()));
        f.put("deadline", Long.toString(deadline.toEpochMilli()));
        f.put("escalation", "0");
        f.put("overdue", "0");
        f.put("rating", "0");
        f.put("source", source);
        if (d.urgent()) {
            f.put("urgent", "1");
        }
        List<String> jobs = new ArrayList<>();
        for (Photo p : photos) {
            jobs.add(MediaJobs.job(number, p));
        }
        LogEntry first = new LogEntry(now, who.id(), "filed", null, TicketStatus.SUBMITTED,
                "分派至" + route.department() + (route.grid().isEmpty() ? "" : "，" + route.grid()), null);
        TicketStore.Created created = store.create(new TicketStore.NewTicket(number, f, first, photos, jobs,
                consumeDraft ? d.openid() : null), source, settings.sourceMemory(), day);
        if (!created.filed()) {
            return new Filing(Filing.Outcome.ALREADY_FILED, reader.get(created.number()), null);
        }
        if (d.urgent()) {
            store.indexUrgent(created.number(), now.toEpochMilli());
        }
        Map<String, String> stored = new LinkedHashMap<>(f);
        stored.put("number", created.number());
        duplicates.index(stored);
        events.publishEvent(new TicketFiled(created.number(), category, route.department(), now));
        // as stored: the filer follows their own ticket, nothing is overdue yet
        return new Filing(Filing.Outcome.FILED, reader.toTicket(new TicketStore.Stored(stored, 1, photos.size(), false)), d);
    }

    /** The resident follows an open ticket instead of filing a second one; empty if it closed meanwhile. */
    private Optional<Filing> follow(Draft d, String number, String source) {
        Optional<TicketStore.Stored> target = store.read(number);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        TicketStatus status = TicketStatus.fromId(target.get().fields().get("status"));
        if (!status.open()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        String reportId = "r" + now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 4);
        TicketChange m = store.change(number).expectStatus(status)
                .source(source, settings.sourceMemory())
                .follower(d.openid())
                .report(reportId, Reports.json(d, now))
                .set("updatedAt", Long.toString(now.toEpochMilli()))
                .log(new LogEntry(now, Actor.resident(d.openid()).id(), "follow", null, null,
                        "其他居民再次反映：" + cap(d.description(), 200), null))
                .consumeDraft(d.openid());
        if (d.urgent()) {
            m.set("urgent", "1");
        }
        int room = settings.maxPhotos() - target.get().photos();
        for (Photo p : d.photos().stream().limit(Math.max(0, room)).toList()) {
            m.photoState(p);
            m.mediaJob(MediaJobs.job(number, p));
        }
        TicketStore.Result result = store.apply(m);
        return switch (result.code()) {
            case "ok" -> {
                if (d.urgent()) {
                    store.indexUrgent(number, now.toEpochMilli());
                }
                yield Optional.of(new Filing(Filing.Outcome.FOLLOWED, reader.get(number), d));
            }
            case "source" -> Optional.of(new Filing(Filing.Outcome.ALREADY_FILED, reader.get(result.detail()), null));
            default -> Optional.empty();
        };
    }

    /** Danger to people gets the shortest handling time of any category. */
    private int shortestDeadlineHours(Route route) {
        return routing.categories().stream().mapToInt(Category::deadlineHours).filter(h -> h > 0).min()
                .orElse(route.deadlineHours());
    }

    public void markUrgent(String openid) {
        drafts.markUrgent(openid, clock.now());
    }

    /** Replaces the draft's words (with their category) or its place; null leaves that part alone. */
    public Draft revise(String openid, String description, String category, DraftPart place) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        if (description != null) {
            fields.put("description", cap(description.trim(), settings.maxDescription()));
            if (category != null && routing.knows(category)) {
                fields.put("category", category);
            }
        }
        if (place != null) {
            fields.put("location", place.location() == null ? "" : cap(place.location().trim(), 100));
            fields.put("lat", place.latitude() == null ? "" : place.latitude().toString());
            fields.put("lng", place.longitude() == null ? "" : place.longitude().toString());
        }
        fields.put("updatedAt", Long.toString(clock.now().toEpochMilli()));
        drafts.revise(openid, fields);
        return drafts.read(openid).orElseThrow(() -> new TicketNotFound("draft"));
    }

    public boolean park(String openid) {
        return drafts.park(openid);
    }

    public boolean unpark(String openid) {
        return drafts.unpark(openid, clock.now());
    }

    public boolean hasParked(String openid) {
        return drafts.hasParked(openid);
    }

    public static String newPhotoId() {
        return "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static String cap(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
