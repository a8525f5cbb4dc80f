package org.civicchat.ticket;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The feature's time: Asia/Shanghai for ticket days and what residents read; fixed in tests. */
@Component
public class TicketClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    TicketClock() {
        this(Clock.system(ZONE));
    }

    TicketClock(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
