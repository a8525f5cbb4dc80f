package org.civicchat.ticket.notices;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.notice.ResidentNotifier;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketReader;
import org.civicchat.ticket.TicketStatus;
import org.civicchat.ticket.TicketStatusChanged;
import org.civicchat.ticket.TicketTexts;
import org.civicchat.ticket.handler.HandlerBindingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Tells a handler who bound their WeChat that a ticket was assigned to them. */
@Component
class AssignmentNotices {

    private static final Logger log = LoggerFactory.getLogger(AssignmentNotices.class);

    private final TicketReader reader;
    private final HandlerBindingStore bindings;
    private final ResidentNotifier notifier;

    AssignmentNotices(TicketReader reader, HandlerBindingStore bindings, ResidentNotifier notifier) {
        this.reader = reader;
        this.bindings = bindings;
        this.notifier = notifier;
    }

    @EventListener
    void on(TicketStatusChanged e) {
        if (e.to() != TicketStatus.ASSIGNED) {
            return;
        }
        reader.find(e.number()).filter(t -> t.handler() != null && !t.handler().isBlank())
                .ifPresent(t -> bindings.openidOf(t.handler()).ifPresent(openid -> tell(t, openid, e)));
    }

    private void tell(Ticket t, String openid, TicketStatusChanged e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", t.number());
        fields.put("category", TicketTexts.field(t.categoryName()));
        fields.put("location", TicketTexts.field(t.location() == null ? "" : t.location()));
        String text = "【新工单】" + t.number() + "\n" + t.categoryName() + (t.location() == null ? "" : "｜" + t.location())
                + "\n" + t.description() + "\n回复“受理 " + t.number() + "”接单，处理后回复“办结 " + t.number() + " 处理说明”。";
        try {
            notifier.tell(new ResidentNotice(openid, "ticket:" + t.number() + ":assigned:" + openid + ":" + e.at(),
                    text, "ticket-assignment", fields, null));
        } catch (RuntimeException ex) {
            log.warn("Assignment notice for {} not handed over: {}", t.number(), ex.toString());
        }
    }
}
