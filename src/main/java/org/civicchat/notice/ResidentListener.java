package org.civicchat.notice;

import org.civicchat.shared.ResidentEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Keeps what notices know about residents current: who follows the account, their 48-hour window, and
 * notices held for their next message.
 */
@Component
class ResidentListener {

    private final ResidentStore residents;
    private final DeliveryStore deliveries;
    private final NoticeSettings settings;
    private final Clock clock;

    ResidentListener(ResidentStore residents, DeliveryStore deliveries, NoticeSettings settings, Clock clock) {
        this.clock = clock;
        this.residents = residents;
        this.deliveries = deliveries;
        this.settings = settings;
    }

    /** Following opens a window too (WeChat counts it as an interaction). */
    @EventListener
    void on(ResidentEvents.ResidentSubscribed event) {
        residents.subscribed(event.openid(), millis(event.at()), settings.defaultTopics());
        deliveries.flushHeld(event.openid());
    }

    @EventListener
    void on(ResidentEvents.ResidentUnsubscribed event) {
        residents.unsubscribed(event.openid());
    }

    @EventListener
    void on(ResidentEvents.ResidentMessaged event) {
        residents.messaged(event.openid(), millis(event.at()));
        deliveries.flushHeld(event.openid());
    }

    /** WeChat's CreateTime is in seconds; the window runs from then, never from the future. */
    private long millis(long at) {
        long now = clock.millis();
        return at <= 0 ? now : Math.min(now, at * 1000);
    }
}
