package org.civicchat.ticket.notices;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.notice.ResidentNotifier;
import org.civicchat.ticket.Masks;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketClock;
import org.civicchat.ticket.TicketEscalated;
import org.civicchat.ticket.TicketReader;
import org.civicchat.ticket.TicketSettings;
import org.civicchat.ticket.TicketStatus;
import org.civicchat.ticket.TicketStatusChanged;
import org.civicchat.ticket.TicketStore;
import org.civicchat.ticket.TicketTexts;
import org.civicchat.ticket.handler.HandlerBindingStore;
import org.civicchat.ticket.routing.Routing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the filer and every follower of each status change (not the resident who made it), and tells a bound
 * handler or department head of 催办/督办 and of a ticket reopened by an unsatisfied resident. The dedup key
 * names ticket, status, resident and the how-many-th time the ticket reached that status, so a notice goes
 * out once but a second resolution is told again. Routine steps (accepted, assigned, started) without words for
 * the resident are not told one by one: they wait {@code progressDigestDelay} and go out as one low-priority
 * message, dropped when a step that matters (resolved with its rating request, rejected with its reason, any
 * step with a message to the resident) is told first; those are high priority, so they get the
 * customer-service allowance and lead the held notices.
 */
@Component
public class StatusNotices {

    private static final Logger log = LoggerFactory.getLogger(StatusNotices.class);
    public static final String TEMPLATE = "ticket-status";

    private final TicketReader reader;
    private final TicketStore store;
    private final Routing routing;
    private final ResidentNotifier notifier;
    private final HandlerBindingStore bindings;
    private final ProgressDigestStore digests;
    private final TicketClock clock;
    private final TicketSettings settings;

    public StatusNotices(TicketReader reader, TicketStore store, Routing routing, ResidentNotifier notifier,
                  HandlerBindingStore bindings, ProgressDigestStore digests, TicketClock clock, TicketSettings settings) {
        this.reader = reader;
        this.store = store;
        this.routing = routing;
        this.notifier = notifier;
        this.bindings = bindings;
        this.digests = digests;
        this.clock = clock;
        this.settings = settings;
    }

    static boolean routine(TicketStatus s) {
        return s == TicketStatus.ACCEPTED || s == TicketStatus.ASSIGNED || s == TicketStatus.IN_PROGRESS;
    }

    private static ResidentNotice.Priority priority(TicketStatus s) {
        return switch (s) {
            case RESOLVED, REJECTED, REOPENED -> ResidentNotice.Priority.HIGH;
            case ACCEPTED, ASSIGNED, IN_PROGRESS -> ResidentNotice.Priority.LOW;
            default -> ResidentNotice.Priority.NORMAL;
        };
    }

    @EventListener
    public void on(TicketStatusChanged e) {
        Optional<Ticket> found = reader.find(e.number());
        if (found.isEmpty()) {
            return;
        }
        Ticket t = found.get();
        long cycle = store.log(e.number()).stream().filter(l -> l.to() == e.to()).count();
        if (e.to() == TicketStatus.REOPENED) {
            tellHandlerReopened(t, cycle);
        }
        for (String openid : store.followers(e.number())) {
            if (e.actor().isResident(openid) || !Ticket.isWechatResident(openid)) {
                continue;
            }
            boolean message = e.toResident() != null && !e.toResident().isBlank();
            if (routine(e.to()) && !message) {
                keepForDigest(t, e, openid);
                continue;
            }
            dropDigest(t.number(), openid);
            boolean owner = openid.equals(t.openid());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("number", TicketTexts.field(t.number()));
            fields.put("category", TicketTexts.field(t.categoryName()));
            fields.put("status", TicketTexts.field(e.to().label()));
            fields.put("time", TicketTexts.field(TicketTexts.shortWhen(e.at())));
            fields.put("remark", TicketTexts.field(e.to() == TicketStatus.RESOLVED && owner
                    ? "回复1/2/3评价处理结果" : "发送“查询" + t.number() + "”看进度"));
            String dedup = "ticket:" + t.number() + ":" + e.to().id() + ":" + openid + (cycle > 1 ? "#" + cycle : "");
            // words staff wrote for the resident (an answer to them) matter as much as a resolution
            tell(new ResidentNotice(openid, dedup, TicketTexts.statusChanged(t, e, owner), TEMPLATE, fields, null,
                    message ? ResidentNotice.Priority.HIGH : priority(e.to())));
        }
    }

    /** Tells the routine steps that are due as one message per ticket and resident; @return how many were told */
    public int tellDueDigests() {
        int told = 0;
        for (String member : digests.due(clock.now().toEpochMilli(), 200)) {
            List<String> steps = digests.claim(member);
            String[] parts = member.split("\\|", 2);
            if (steps.isEmpty() || parts.length < 2) {
                continue;
            }
            Optional<Ticket> found = reader.find(parts[0]);
            if (found.isEmpty() || !found.get().status().open()) {
                continue;
            }
            Ticket t = found.get();
            String openid = parts[1];
            List<TicketStatus> path = new ArrayList<>();
            long last = 0;
            for (String step : steps) {
                String[] f = step.split("\\|", 2);
                TicketStatus s = TicketStatus.fromId(f[0]);
                if (path.isEmpty() || path.get(path.size() - 1) != s) {
                    path.add(s);
                }
                last = Math.max(last, f.length > 1 ? Long.parseLong(f[1]) : 0);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("number", TicketTexts.field(t.number()));
            fields.put("category", TicketTexts.field(t.categoryName()));
            fields.put("status", TicketTexts.field(path.get(path.size() - 1).label()));
            fields.put("time", TicketTexts.field(TicketTexts.shortWhen(java.time.Instant.ofEpochMilli(last))));
            fields.put("remark", TicketTexts.field("发送“查询" + t.number() + "”看进度"));
            tell(new ResidentNotice(openid, "ticket:" + t.number() + ":progress:" + openid + ":" + last,
                    TicketTexts.progress(t, path, openid.equals(t.openid())), TEMPLATE, fields, null,
                    ResidentNotice.Priority.LOW));
            told++;
        }
        return told;
    }

    private void keepForDigest(Ticket t, TicketStatusChanged e, String openid) {
        try {
            digests.add(t.number(), openid, e.to().id() + "|" + e.at().toEpochMilli(),
                    clock.now().plus(settings.progressDigestDelay()).toEpochMilli());
        } catch (RuntimeException ex) {
            log.warn("Routine step of {} not kept for its digest: {}", t.number(), ex.toString());
        }
    }

    private void dropDigest(String number, String openid) {
        try {
            digests.drop(number, openid);
        } catch (RuntimeException ex) {
            log.warn("Routine steps of {} not dropped: {}", number, ex.toString());
        }
    }

    /** An unsatisfied resident reopened it: its handler (WeChat when bound) hears at once. */
    private void tellHandlerReopened(Ticket t, long cycle) {
        if (t.handler() == null || t.handler().isBlank()) {
            return;
        }
        routing.openidOf(t.handler()).or(() -> bindings.openidOf(t.handler())).ifPresent(openid -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("number", t.number());
            fields.put("status", TicketStatus.REOPENED.label());
            fields.put("time", TicketTexts.field(TicketTexts.shortWhen(clock.now())));
            String text = "【重新办理】工单 " + t.number() + "（" + t.categoryName()
                    + (t.location() == null || t.location().isBlank() ? "" : "｜" + t.location())
                    + "）居民评价不满意，已重新办理，请尽快处理。办结后回复“办结 " + t.number() + " 处理说明”。";
            tell(new ResidentNotice(openid, "ticket:" + t.number() + ":reopened:" + openid + ":" + cycle, text,
                    "ticket-escalation", fields, null, ResidentNotice.Priority.HIGH));
        });
    }

    @EventListener
    public void on(TicketEscalated e) {
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
