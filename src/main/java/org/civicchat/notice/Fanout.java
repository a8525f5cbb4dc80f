package org.civicchat.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a due notice into one outbox entry per resident of its audience (a {@code mass} notice into one WeChat
 * mass send, {@link MassSend}). One node at a time queues a notice
 * (a lease); queuing is idempotent (the delivery record is created with the entry, in one script), so a node
 * that dies mid-way leaves the rest to the next lease holder without doubling anyone.
 */
@Component
class Fanout {

    private static final Logger log = LoggerFactory.getLogger(Fanout.class);
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int CHUNK = 500;

    private final NoticeStore notices;
    private final DeliveryStore deliveries;
    private final ResidentStore residents;
    private final MassSend mass;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Fanout(NoticeStore notices, DeliveryStore deliveries, ResidentStore residents, MassSend mass,
           ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.notices = notices;
        this.deliveries = deliveries;
        this.residents = residents;
        this.mass = mass;
        this.events = events;
    }

    /** Queues every notice whose send time has come and that no other node is queuing. */
    int queueDue(long now) {
        int queued = 0;
        for (String id : notices.due(now, 10)) {
            if (notices.leaseQueuing(id, LEASE)) {
                queue(id);
                queued++;
            }
        }
        return queued;
    }

    void queue(String noticeId) {
        Optional<Notice> found = notices.find(noticeId);
        if (found.isEmpty()) {
            notices.finishQueuing(noticeId, clock.millis());
            return;
        }
        Notice notice = found.get();
        if (notice.mass()) {
            mass.send(notice);
            return;
        }
        long[] total = {0};
        if (notice.single() || "openids".equals(notice.audienceType())) {
            List<String> openids = notice.audienceValue();
            for (int i = 0; i < openids.size(); i += CHUNK) {
                List<String> chunk = openids.subList(i, Math.min(openids.size(), i + CHUNK));
                total[0] += deliveries.fanout(noticeId, notice.single() ? chunk : residents.reachable(chunk, false));
            }
        } else {
            Audience audience = new Audience(notice.audienceType(), notice.audienceValue());
            String name = audience.value().isEmpty() ? "" : audience.value().get(0);
            residents.scanAudience(audience.groupType(), name, page -> {
                for (int i = 0; i < page.size(); i += CHUNK) {
                    List<String> chunk = page.subList(i, Math.min(page.size(), i + CHUNK));
                    total[0] += deliveries.fanout(noticeId, residents.reachable(chunk, true));
                }
            });
        }
        boolean done = notices.finishQueuing(noticeId, clock.millis());
        if (!notice.single()) {
            log.info("Notice {} queued for {} residents{}", noticeId, total[0], done ? "; nothing left to send" : "");
        }
        if (done) {
            Map<String, String> stats = notices.stats(noticeId);
            events.publishEvent(new NoticeSent(noticeId, Long.parseLong(stats.getOrDefault("sent", "0")),
                    Long.parseLong(stats.getOrDefault("failed", "0"))));
        }
    }
}
