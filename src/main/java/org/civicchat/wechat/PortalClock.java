package org.civicchat.wechat;

import org.springframework.stereotype.Component;

import java.time.Clock;

/** The portal's time for the replay window: the app's clock; tests move it by hand. */
@Component
class PortalClock {

    private final Clock clock;

    PortalClock(Clock clock) {
        this.clock = clock;
    }

    long epochSeconds() {
        return clock.millis() / 1000;
    }
}
