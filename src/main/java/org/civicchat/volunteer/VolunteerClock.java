package org.civicchat.volunteer;

import org.civicchat.shared.Beijing;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The feature's time: the app's clock, Beijing time for what residents read; a test clock in plain-object tests. */
@Component
class VolunteerClock {

    static final ZoneId ZONE = Beijing.ZONE;

    private final Clock clock;

    VolunteerClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }
}
