package org.civicchat.notice;

import org.civicchat.privacy.LogSafe;
import org.civicchat.shared.Beijing;
import org.civicchat.shared.WechatApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Delivers one outbox entry: waits for the shared rate budget, claims the resident's delivery record (which
 * also picks customer-service or template), sends, and records the outcome. WeChat's answers:
 * -1, 45011 and time-outs are retried with backoff; 45009 pauses the notice until the daily quota resets;
 * 43004 and 40003 mark the resident inactive, never retried; 45015/45047 on a customer-service message close
 * the window and retry at once as a template; anything else is given up on with its code as the reason.
 */
final class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    private static final ZoneId BEIJING = Beijing.ZONE;
    private static final long NOTICE_CACHE_MILLIS = 30_000;

    /** Whether the worker may acknowledge the entry (it is finished with), or must leave it pending. */
    enum After { ACK, LEAVE }

    private final NoticeStore notices;
    private final DeliveryStore deliveries;
    private final ResidentStore residents;
    private final OutboundMessenger messenger;
    private final NoticeSettings settings;
    private final NoticeLinks links;
    private final ApplicationEventPublisher events;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private final Clock clock;

    Delivery(NoticeStore notices, DeliveryStore deliveries, ResidentStore residents, OutboundMessenger messenger,
             NoticeSettings settings, NoticeLinks links, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.notices = notices;
        this.deliveries = deliveries;
        this.residents = residents;
        this.messenger = messenger;
        this.settings = settings;
        this.links = links;
        this.events = events;
    }

    After deliver(OutboxEntry entry, String consumer) throws InterruptedException {
        Optional<Notice> found = notice(entry.noticeId());
        if (found.isEmpty() || entry.openid() == null) {
            return After.ACK;
        }
        Notice notice = found.get();
        awaitRateBudget();
        String templateId = settings.template(notice.single() ? notice.templateKey() : "notice");
        long now = clock.millis();
        Claim claim = deliveries.claim(notice, entry, consumer, now, settings.claimIdle().toMillis(), settings,
                templateId != null);
        if (!claim.claimed()) {
            return switch (claim.result()) {
                case "busy" -> After.LEAVE;
                case "paused" -> {
                    deliveries.later(entry, claim.until());
                    yield After.ACK;
                }
                default -> After.ACK;
            };
        }
        if (claim.takeover()) {
            log.warn("Notice {}: took over a send to {} left in flight by a stopped worker; it may repeat once",
                    notice.id(), LogSafe.openid(entry.openid()));
        }
        send(notice, entry, consumer, claim.route(), templateId);
        return After.ACK;
    }

    private void send(Notice notice, OutboxEntry entry, String consumer, String route, String templateId) {
        String link = notice.link() == null || notice.link().isBlank() ? null : links.url(notice.id(), entry.openid());
        try {
            if ("cs".equals(route)) {
                messenger.sendText(entry.openid(), NoticeText.customerService(notice, link));
            } else {
                messenger.sendTemplate(entry.openid(), templateId, NoticeText.templateFields(notice), link);
            }
        } catch (WechatApiError e) {
            failed(notice, entry, consumer, route, e);
            return;
        }
        finished(notice, deliveries.mark(notice, entry, consumer, "s", null, entry.attempt(), 0,
                clock.millis(), null, null));
    }

    private void failed(Notice notice, OutboxEntry entry, String consumer, String route, WechatApiError e) {
        long now = clock.millis();
        int code = e.code();
        String reason = Integer.toString(code);
        long result;
        if (code == 45009) {
            long until = nextQuotaReset(now);
            log.warn("Notice {}: WeChat's daily quota is spent (45009); paused until {}", notice.id(), until);
            result = deliveries.mark(notice, entry, consumer, "pause", reason, entry.attempt(), until, now, null,
                    "WeChat daily quota reached (45009)");
        } else if (e.residentUnreachable()) {
            result = deliveries.mark(notice, entry, consumer, "f", reason, entry.attempt(), 0, now, reason, null);
        } else if ("cs".equals(route) && (code == 45015 || code == 45047)) {
            residents.closeWindow(entry.openid());
            result = deliveries.mark(notice, entry, consumer, "r", reason, entry.attempt() + 1, now, now, null, null);
        } else if (e.retryable() && entry.attempt() + 1 < settings.maxAttempts()) {
            result = deliveries.mark(notice, entry, consumer, "r", reason, entry.attempt() + 1,
                    now + backoff(entry.attempt()), now, null, null);
        } else {
            log.info("Notice {}: gave up on {} after {} attempt(s): {}", notice.id(), LogSafe.openid(entry.openid()),
                    entry.attempt() + 1, reason);
            result = deliveries.mark(notice, entry, consumer, "f", reason, entry.attempt(), 0, now, null, null);
        }
        finished(notice, result);
    }

    private void finished(Notice notice, long markResult) {
        if (markResult == 1) {
            Map<String, String> stats = notices.stats(notice.id());
            long sent = Long.parseLong(stats.getOrDefault("sent", "0"));
            long failed = Long.parseLong(stats.getOrDefault("failed", "0"));
            log.info("Notice {} done: {} sent, {} failed", notice.id(), sent, failed);
            events.publishEvent(new NoticeSent(notice.id(), sent, failed));
        } else if (markResult < 0) {
            log.warn("Notice {}: a send finished after another worker had taken it over", notice.id());
        }
    }

    long backoff(int attempt) {
        long base = settings.retryBase().toMillis() << Math.min(attempt, 20);
        long capped = Math.min(base, settings.retryMax().toMillis());
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    private void awaitRateBudget() throws InterruptedException {
        if (settings.rateLimit() <= 0) {
            return;
        }
        long wait;
        while ((wait = deliveries.rateWait(settings.rateLimit())) > 0) {
            TimeUnit.MILLISECONDS.sleep(wait);
        }
    }

    /** WeChat's daily quotas reset at midnight, Beijing time. */
    static long nextQuotaReset(long now) {
        return LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now), BEIJING).plusDays(1).atStartOfDay(BEIJING)
                .toInstant().toEpochMilli();
    }

    private Optional<Notice> notice(String id) {
        if (id == null) {
            return Optional.empty();
        }
        long now = clock.millis();
        Cached cached = cache.get(id);
        if (cached != null && now - cached.at() < NOTICE_CACHE_MILLIS) {
            return Optional.of(cached.notice());
        }
        Optional<Notice> found = notices.find(id);
        if (cache.size() > 1000) {
            cache.clear();
        }
        found.ifPresent(n -> cache.put(id, new Cached(n, now)));
        return found;
    }

    private record Cached(Notice notice, long at) {
    }
}
