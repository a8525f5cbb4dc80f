package org.civicchat.ticket;

import org.civicchat.shared.Beijing;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The feature's time: the app's clock in Beijing time for ticket days and what residents read; fixed in tests. */
@Component
public class TicketClock {

    static final ZoneId ZONE = Beijing.ZONE;

    private final Clock clock;

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
