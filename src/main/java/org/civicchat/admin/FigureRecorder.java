package org.civicchat.admin;

import org.civicchat.shared.Beijing;
import org.civicchat.shared.ResidentEvents;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.TicketStatus;
import org.civicchat.ticket.TicketStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Counts what happened per day for the dashboard. It runs inside the resident's reply; the store adds the
 * counts up in memory and writes them once a second, so counting costs the reply no Redis round trip.
 */
@Component
class FigureRecorder {

    static final ZoneId ZONE = Beijing.ZONE;
    private static final Logger log = LoggerFactory.getLogger(FigureRecorder.class);

    private final DailyFigureStore figures;
    private final StaffTickets tickets;

    FigureRecorder(DailyFigureStore figures, StaffTickets tickets) {
        this.figures = figures;
        this.tickets = tickets;
    }

    @EventListener
    void on(ResidentEvents.MessageHandled handled) {
        if ("event".equals(handled.kind())) {
            count(handled.at(), "evt:" + handled.route());
        } else {
            count(handled.at(), "msg:total", "msg:" + handled.route());
        }
    }

    @EventListener
    void on(ResidentEvents.QuestionDecided decided) {
        count(decided.at(), "faq:total", "faq:" + decided.outcome());
    }

    /** A resolution and how long the ticket took from filing to it (a reopened ticket counts again). */
    @EventListener
    void on(TicketStatusChanged changed) {
        if (changed.to() != TicketStatus.RESOLVED) {
            return;
        }
        long at = changed.at().toEpochMilli();
        try {
            long seconds = Math.max(0, changed.at().getEpochSecond() - tickets.get(changed.number()).createdAt().getEpochSecond());
            figures.add(day(at), 1, "tickets:resolved");
            figures.add(day(at), seconds, "tickets:resolveSeconds");
        } catch (RuntimeException e) {
            log.warn("Dashboard figure tickets:resolved not counted: {}", e.getMessage());
        }
    }

    void count(long atMillis, String... fields) {
        try {
            figures.add(day(atMillis), 1, fields);
        } catch (RuntimeException e) {
            log.warn("Dashboard figure {} not counted: {}", fields[fields.length - 1], e.getMessage());
        }
    }

    static LocalDate day(long atMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(atMillis), ZONE);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
