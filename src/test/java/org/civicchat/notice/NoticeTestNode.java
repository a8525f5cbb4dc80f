package org.civicchat.notice;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One app node's notice feature built from plain objects on a shared Redis: its service, its workers and
 * scheduler (started), the stores. Tests and the benchmark start several against one Redis.
 */
public final class NoticeTestNode implements AutoCloseable {

    final NoticeStore notices;
    final DeliveryStore deliveries;
    final ResidentStore residents;
    final Fanout fanout;
    final NoticeService service;
    final NoticeTags tags;
    final NoticeDelivery delivery;
    final OutboxNotifier notifier;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    public final List<Object> events = new CopyOnWriteArrayList<>();

    public NoticeTestNode(UnifiedJedis redis, OutboundMessenger messenger, NoticeSettings settings) {
        this(redis, messenger, settings, new LocalAudiences());
    }

    /** With WeChat's tags and mass sends behind these ports (WxJava against the API stub, in tests that need it). */
    public <A extends WechatTags & WechatMass> NoticeTestNode(UnifiedJedis redis, OutboundMessenger messenger,
                                                             NoticeSettings settings, A audiences) {
        notices = new NoticeStore(redis, tools.jackson.databind.json.JsonMapper.builder().build());
        deliveries = new DeliveryStore(redis);
        residents = new ResidentStore(redis);
        TagStore tagStore = new TagStore(redis);
        MassSend mass = new MassSend(audiences, notices, tagStore, new MassQuotaStore(redis), settings,
                Clock.systemUTC());
        fanout = new Fanout(notices, deliveries, residents, mass, events::add, Clock.systemUTC());
        NoticeLinks links = new NoticeLinks("test-link-secret", settings.publicBaseUrl());
        tags = new NoticeTags(audiences, tagStore, residents);
        service = new NoticeService(notices, residents, settings, links, tags, mass, Clock.systemUTC());
        scheduler.setThreadNamePrefix("notice-scheduler-");
        scheduler.initialize();
        delivery = new NoticeDelivery(notices, deliveries, residents, fanout, messenger, settings, links, events::add,
                scheduler, Clock.systemUTC());
        notifier = new OutboxNotifier(notices, fanout, Clock.systemUTC());
    }

    public NoticeTestNode start() {
        delivery.start();
        return this;
    }

    public NoticeService service() {
        return service;
    }

    public NoticeTags tags() {
        return tags;
    }

    public ResidentNotifier notifier() {
        return notifier;
    }

    /** Subscribers with no open window (they have not written to the account lately). */
    public void register(List<String> openids) {
        for (int i = 0; i < openids.size(); i += 10_000) {
            residents.register(openids.subList(i, Math.min(openids.size(), i + 10_000)));
        }
    }

    /** The resident wrote to the account just now: the 48-hour window is open. */
    public void messaged(String openid) {
        residents.messaged(openid, System.currentTimeMillis());
        deliveries.flushHeld(openid);
    }

    public String sendToAll(String title, String body) {
        return service.send(new NoticeRequest(title, body, null, Audience.all(), null, null));
    }

    /** Broadcast notices stored, newest first. */
    public List<String> recentIds() {
        return notices.recent(100);
    }

    public NoticeStatus status(String id) {
        return service.status(id);
    }

    public String record(String noticeId, String openid) {
        return deliveries.record(noticeId, openid);
    }

    public Map<String, String> resident(String openid) {
        return residents.state(openid);
    }

    public boolean anyWorkerAlive() {
        return delivery.anyWorkerAlive();
    }

    /** A graceful stop: finishes the entry in hand, hands the rest back. */
    @Override
    public void close() {
        delivery.stop();
        scheduler.shutdown();
    }
}
