package org.civicchat.admin;

import org.civicchat.dialog.ResidentEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Counts what happened per day for the dashboard. It runs inside the resident's reply, so a Redis hiccup
 * costs a count (logged), never the reply.
 */
@Component
class FigureRecorder {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(FigureRecorder.class);

    private final DailyFigureStore figures;

    FigureRecorder(DailyFigureStore figures) {
        this.figures = figures;
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
