package org.civicchat.ticket;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.notice.ResidentNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the filer and every follower of each status change (not the resident who made it), and tells a bound
 * handler or department head of 催办/督办. The dedup key names ticket, status, resident and the how-many-th
 * time the ticket reached that status, so a notice goes out once but a second resolution is told again.
 */
@Component
class StatusNotices {

    private static final Logger log = LoggerFactory.getLogger(StatusNotices.class);
    static final String TEMPLATE = "ticket-status";

    private final TicketReader reader;
    private final TicketStore store;
    private final Routing routing;
    private final ResidentNotifier notifier;
    private final HandlerBindingStore bindings;

    StatusNotices(TicketReader reader, TicketStore store, Routing routing, ResidentNotifier notifier,
                  HandlerBindingStore bindings) {
        this.reader = reader;
        this.store = store;
        this.routing = routing;
        this.notifier = notifier;
        this.bindings = bindings;
    }

    @EventListener
    void on(TicketStatusChanged e) {
        Optional<Ticket> found = reader.find(e.number());
        if (found.isEmpty()) {
            return;
        }
        Ticket t = found.get();
        long cycle = store.log(e.number()).stream().filter(l -> l.to() == e.to()).count();
        for (String openid : store.followers(e.number())) {
            if (e.actor().isResident(openid) || !Ticket.isWechatResident(openid)) {
                continue;
            }
            boolean owner = openid.equals(t.openid());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("number", TicketTexts.field(t.number()));
            fields.put("category", TicketTexts.field(t.categoryName()));
            fields.put("status", TicketTexts.field(e.to().label()));
            fields.put("time", TicketTexts.field(TicketTexts.shortWhen(e.at())));
            fields.put("remark", TicketTexts.field(e.to() == TicketStatus.RESOLVED && owner
                    ? "回复1/2/3评价处理结果" : "发送“查询" + t.number() + "”看进度"));
            String dedup = "ticket:" + t.number() + ":" + e.to().id() + ":" + openid + (cycle > 1 ? "#" + cycle : "");
            tell(new ResidentNotice(openid, dedup, TicketTexts.statusChanged(t, e, owner), TEMPLATE, fields, null));
        }
    }

    @EventListener
    void on(TicketEscalated e) {
        routing.openidOf(e.to()).or(() -> bindings.openidOf(e.to())).ifPresent(openid -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("number", e.number());
            fields.put("status", e.level() == 1 ? "催办" : "督办");
            fields.put("time", TicketTexts.field(TicketTexts.shortWhen(e.at())));
            String text = (e.level() == 1 ? "【催办】" : "【督办】") + "工单 " + e.number() + " 已超过办理时限，请尽快处理。";
            tell(new ResidentNotice(openid, "ticket:" + e.number() + ":escalation" + e.level() + ":" + openid, text,
                    "ticket-escalation", fields, null));
        });
    }

    private void tell(ResidentNotice notice) {
        try {
            notifier.tell(notice);
        } catch (RuntimeException ex) {
            log.warn("Notice {} not handed over: {}", notice.dedupKey().replace(notice.openid(),
                    Masks.openid(notice.openid())), ex.toString());
        }
    }
}
