package org.civicchat.volunteer;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The feature's time: Asia/Shanghai for what residents read; a test clock in plain-object tests. */
@Component
class VolunteerClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    VolunteerClock() {
        this(Clock.system(ZONE));
    }

    VolunteerClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }
}
