package org.civicchat.ticket;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.ticket.duplicates.DuplicateFinder;
import org.civicchat.ticket.duplicates.DuplicateIndexing;
import org.civicchat.ticket.escalation.EscalationJob;
import org.civicchat.ticket.handler.HandlerBindingStore;
import org.civicchat.ticket.intake.DraftStore;
import org.civicchat.ticket.intake.DraftSweeper;
import org.civicchat.ticket.intake.TicketFiling;
import org.civicchat.ticket.media.MediaDownloader;
import org.civicchat.ticket.media.MediaQueueStore;
import org.civicchat.ticket.media.MediaWorker;
import org.civicchat.ticket.media.PhotoFiles;
import org.civicchat.ticket.notices.ProgressDigestStore;
import org.civicchat.ticket.notices.StatusNotices;
import org.civicchat.ticket.routing.Routing;
import org.springframework.context.ApplicationEventPublisher;
import redis.clients.jedis.UnifiedJedis;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The ticket feature wired as plain objects on a real Redis, with a clock the test moves, the events
 * published and the notices told collected, and a media downloader the test provides.
 */
final class TicketKit {

    static final Instant START = Instant.parse("2026-11-25T02:00:00Z");
    private static volatile org.civicchat.nlp.NlpService nlp;

    final MutableClock clock = new MutableClock(START);
    final List<Object> events = new CopyOnWriteArrayList<>();
    final List<ResidentNotice> notices = new CopyOnWriteArrayList<>();
    final TicketSettings settings;
    final TicketStore store;
    final DraftStore drafts;
    final Routing routing;
    final TicketReader reader;
    final DuplicateFinder finder;
    final DuplicateIndexing indexing;
    final TicketFiling filing;
    final TicketLifecycle lifecycle;
    final StatusNotices statusNotices;
    final HandlerBindingStore bindings;
    final PhotoFiles photoFiles;
    final MediaQueueStore mediaQueue;
    final MediaWorker mediaWorker;
    final DraftSweeper sweeper;
    final EscalationJob escalation;
    final ResidentTickets residents;
    final StaffTickets staff;
    volatile Function<String, byte[]> media = id -> {
        throw new IllegalStateException("no media expected");
    };
    volatile boolean mediaAvailable;

    TicketKit(UnifiedJedis redis, Path dataDir) {
        this(redis, TicketSettings.defaults(dataDir));
    }

    TicketKit(UnifiedJedis redis, TicketSettings settings) {
        this.settings = settings;
        TicketClock ticketClock = new TicketClock(clock);
        ApplicationEventPublisher publisher = this::publish;
        store = new TicketStore(redis, org.civicchat.store.ReplicatedWrites.on(redis));
        drafts = new DraftStore(redis);
        routing = new Routing(settings);
        reader = new TicketReader(store, routing);
        finder = new DuplicateFinder(settings, nlp());
        indexing = new DuplicateIndexing(finder, store);
        filing = new TicketFiling(store, drafts, reader, routing, finder, ticketClock, settings, publisher);
        lifecycle = new TicketLifecycle(store, reader, routing, ticketClock, settings, publisher);
        ResidentActions actions = new ResidentActions(store, reader, lifecycle, ticketClock, settings);
        TicketMerging merging = new TicketMerging(store, reader, filing, ticketClock, publisher);
        bindings = new HandlerBindingStore(redis);
        statusNotices = new StatusNotices(reader, store, routing, notices::add, bindings, new ProgressDigestStore(redis),
                ticketClock, settings);
        photoFiles = new PhotoFiles(settings);
        mediaQueue = new MediaQueueStore(redis);
        mediaWorker = new MediaWorker(mediaQueue, store, photoFiles, new MediaDownloader() {
            @Override
            public boolean available() {
                return mediaAvailable;
            }

            @Override
            public byte[] download(String mediaId) {
                return media.apply(mediaId);
            }
        }, settings);
        sweeper = new DraftSweeper(drafts, filing, ticketClock, settings, notices::add);
        escalation = new EscalationJob(store, routing, ticketClock, publisher);
        residents = new ResidentTickets(filing, lifecycle, actions, reader, store);
        staff = new StaffTickets(lifecycle, merging, reader, store, new TicketQueryStore(redis), routing, photoFiles,
                new StaffPhotos(store, reader, photoFiles, ticketClock, settings));
    }

    static synchronized org.civicchat.nlp.NlpService nlp() {
        if (nlp == null) {
            nlp = new org.civicchat.nlp.NlpService();
        }
        return nlp;
    }

    private void publish(Object event) {
        events.add(event);
        // a filed ticket is indexed for duplicates by the filing itself
        if (event instanceof TicketStatusChanged e) {
            indexing.on(e);
            statusNotices.on(e);
        } else if (event instanceof TicketEscalated e) {
            statusNotices.on(e);
        }
    }

    /** Files a complete one-message complaint for {@code openid} from source {@code source}. */
    Filing file(String openid, String source, String text, String category, String location) {
        residents.addToDraft(openid, DraftPart.words(text, category, location));
        return residents.fileDraft(openid, source, false);
    }

    Ticket fileNew(String openid, String text, String category, String location) {
        return file(openid, "m:" + openid + ":" + System.nanoTime(), text, category, location).ticket();
    }

    <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
