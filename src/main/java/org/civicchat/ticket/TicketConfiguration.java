package org.civicchat.ticket;

import org.civicchat.ticket.duplicates.DuplicateIndexing;
import org.civicchat.ticket.escalation.EscalationJob;
import org.civicchat.ticket.intake.DraftSweeper;
import org.civicchat.ticket.media.MediaQueueStore;
import org.civicchat.ticket.media.MediaWorker;
import org.civicchat.ticket.notices.StatusNotices;
import org.civicchat.ticket.routing.Routing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The feature's background work: the draft sweeper, escalation, the media worker, routing reloads and the
 * duplicate index rebuild, each on its own fixed delay from {@link TicketSettings}. A failing run is logged
 * and the next one tries again. They run on the app's one {@code TaskScheduler} ({@code shared.TimeConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class TicketConfiguration implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(TicketConfiguration.class);

    private final TicketSettings settings;
    private final DraftSweeper sweeper;
    private final EscalationJob escalation;
    private final MediaWorker media;
    private final MediaQueueStore mediaQueue;
    private final Routing routing;
    private final DuplicateIndexing duplicates;
    private final StatusNotices statusNotices;

    TicketConfiguration(TicketSettings settings, DraftSweeper sweeper, EscalationJob escalation, MediaWorker media,
                        MediaQueueStore mediaQueue, Routing routing, DuplicateIndexing duplicates,
                        StatusNotices statusNotices) {
        this.settings = settings;
        this.sweeper = sweeper;
        this.escalation = escalation;
        this.media = media;
        this.mediaQueue = mediaQueue;
        this.routing = routing;
        this.duplicates = duplicates;
        this.statusNotices = statusNotices;
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        guarded("requeue media jobs", () -> {
            long moved = mediaQueue.requeueWorking();
            if (moved > 0) {
                log.info("Put {} interrupted photo downloads back on the queue", moved);
            }
        });
        guarded("build the duplicate index", duplicates::rebuild);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(() -> guarded("sweep drafts", sweeper::sweep), settings.jobsEvery());
        tasks.addFixedDelayTask(() -> guarded("escalate overdue tickets", escalation::run), settings.jobsEvery());
        tasks.addFixedDelayTask(() -> guarded("tell routine steps", statusNotices::tellDueDigests), settings.jobsEvery());
        tasks.addFixedDelayTask(() -> guarded("download photos", media::drain), settings.mediaEvery());
        tasks.addFixedDelayTask(() -> guarded("reload routing", routing::reloadIfChanged), settings.routingReloadEvery());
        tasks.addFixedDelayTask(() -> guarded("rebuild the duplicate index", duplicates::rebuild), settings.reindexEvery());
    }

    private static void guarded(String what, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            log.warn("Could not {}: {}", what, e.toString());
        }
    }
}
