package org.civicchat.admin;

import io.micrometer.core.instrument.MeterRegistry;
import org.civicchat.shared.ResidentEvents;
import org.civicchat.ticket.TicketFiled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The figures an operations team scrapes from {@code /actuator/prometheus} beside the dialog's message
 * counters: FAQ decisions by outcome (refusals among them) and tickets filed by category.
 */
@Component
class OperationsMetrics {

    private final MeterRegistry meters;

    OperationsMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(ResidentEvents.QuestionDecided decided) {
        meters.counter("civicchat.faq.decisions", "outcome", decided.outcome()).increment();
    }

    @EventListener
    void on(TicketFiled filed) {
        meters.counter("civicchat.tickets.filed", "category", filed.category()).increment();
    }
}
