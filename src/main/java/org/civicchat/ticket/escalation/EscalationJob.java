package org.civicchat.ticket.escalation;

import org.civicchat.ticket.Actor;
import org.civicchat.ticket.LogEntry;
import org.civicchat.ticket.TicketClock;
import org.civicchat.ticket.TicketEscalated;
import org.civicchat.ticket.TicketRows;
import org.civicchat.ticket.TicketStatus;
import org.civicchat.ticket.TicketStore;
import org.civicchat.ticket.routing.Routing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Overdue tickets: when the deadline passes the ticket is marked overdue and 催办 (urged) to its handler (or
 * department); if it is still open {@code superviseAfterHours} later, 督办 (supervision) goes to the
 * department head. Each step is logged once, guarded by the ticket's escalation level, whatever node runs it.
 */
@Component
public class EscalationJob {

    private final TicketStore store;
    private final Routing routing;
    private final TicketClock clock;
    private final ApplicationEventPublisher events;

    public EscalationJob(TicketStore store, Routing routing, TicketClock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.routing = routing;
        this.clock = clock;
        this.events = events;
    }

    /** @return how many escalation steps were taken */
    public int run() {
        Instant now = clock.now();
        int steps = 0;
        for (String number : store.deadlinesBefore(now, 200)) {
            var stored = store.read(number);
            if (stored.isEmpty()) {
                continue;
            }
            Map<String, String> f = stored.get().fields();
            if (!TicketStatus.fromId(f.get("status")).open()) {
                continue;
            }
            String level = f.getOrDefault("escalation", "0");
            Instant deadline = TicketRows.instant(f.get("deadline"));
            if ("0".equals(level)) {
                String handler = f.getOrDefault("handler", "");
                String to = handler.isEmpty() ? f.get("department") : handler;
                Instant next = (deadline == null ? now : deadline).plus(Duration.ofHours(routing.superviseAfterHours()));
                if (store.apply(store.change(number).expect("escalation", "0").set("escalation", "1").overdue()
                        .nextEscalationAt(next)
                        .log(new LogEntry(now, Actor.SYSTEM.id(), "urge", null, null, "已超过办理时限，向" + to + "催办", null)))
                        .ok()) {
                    events.publishEvent(new TicketEscalated(number, 1, to, now));
                    steps++;
                }
            } else if ("1".equals(level)) {
                String head = routing.headOf(f.get("department"));
                if (store.apply(store.change(number).expect("escalation", "1").set("escalation", "2")
                        .noMoreEscalation()
                        .log(new LogEntry(now, Actor.SYSTEM.id(), "supervise", null, null, "超期仍未办结，向" + head + "督办", null)))
                        .ok()) {
                    events.publishEvent(new TicketEscalated(number, 2, head, now));
                    steps++;
                }
            } else {
                store.apply(store.change(number).noMoreEscalation());
            }
        }
        return steps;
    }
}
