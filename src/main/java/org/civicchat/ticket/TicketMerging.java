package org.civicchat.ticket;

import org.civicchat.ticket.intake.TicketFiling;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Staff corrections of duplicate detection: merge one ticket into another (it becomes a duplicate, its
 * residents follow the other), and split a folded report back out (a re-report becomes its own ticket, a
 * merged ticket comes back to life).
 */
@Component
class TicketMerging {

    private final TicketStore store;
    private final TicketReader reader;
    private final TicketFiling filing;
    private final TicketClock clock;
    private final ApplicationEventPublisher events;

    TicketMerging(TicketStore store, TicketReader reader, TicketFiling filing, TicketClock clock,
                  ApplicationEventPublisher events) {
        this.store = store;
        this.reader = reader;
        this.filing = filing;
        this.clock = clock;
        this.events = events;
    }

    Ticket merge(String number, String into, Actor who) {
        if (!TransitionRights.mayRoute(who.role())) {
            throw new NotYourCall(number, who, "merge");
        }
        if (number.equals(into)) {
            throw new InvalidTicketRequest("cannot merge " + number + " into itself");
        }
        Ticket t = reader.get(number);
        Ticket target = reader.get(into);
        if (!t.status().canBecome(TicketStatus.DUPLICATE)) {
            throw new IllegalTransition(number, t.status(), TicketStatus.DUPLICATE);
        }
        if (!target.status().open()) {
            throw new InvalidTicketRequest("cannot merge into " + into + ": it is " + target.status().id());
        }
        Instant now = clock.now();
        String note = "与工单 " + into + " 反映同一问题，已合并";
        TicketChange m = store.change(number).expectStatus(t.status())
                .status(t.status(), TicketStatus.DUPLICATE, null)
                .set("duplicateOf", into)
                .set("updatedAt", TicketLifecycle.millis(now))
                .log(new LogEntry(now, who.id(), "merge", t.status(), TicketStatus.DUPLICATE, note, null, note))
                .reportOf(into, "m-" + number, Reports.merged(number, now))
                .logOf(into, new LogEntry(now, who.id(), "merge", null, null, "并入工单 " + number, null));
        for (String openid : store.followers(number)) {
            m.followerOf(into, target.createdAt(), openid);
        }
        expectOk(store.apply(m), number, t.status());
        events.publishEvent(new TicketStatusChanged(number, t.status(), TicketStatus.DUPLICATE, who, note, note, now));
        return reader.get(number);
    }

    /**
     * Splits report {@code reportId} off ticket {@code number}: a merged ticket is reopened, a resident's
     * re-report is filed as a new ticket. Returns the ticket that now stands on its own.
     */
    Ticket split(String number, String reportId, Actor who) {
        if (!TransitionRights.mayRoute(who.role())) {
            throw new NotYourCall(number, who, "split");
        }
        Ticket t = reader.get(number);
        String json = store.reports(number).get(reportId);
        if (json == null) {
            throw new InvalidTicketRequest("ticket " + number + " has no report " + reportId);
        }
        Reports.Stored report = Reports.read(json);
        Instant now = clock.now();
        String merged = report.merged();
        if (merged != null) {
            Ticket m = reader.get(merged);
            TicketChange change = store.change(merged).expectStatus(TicketStatus.DUPLICATE)
                    .status(TicketStatus.DUPLICATE, TicketStatus.REOPENED, m.deadline())
                    .set("duplicateOf", "")
                    .set("updatedAt", TicketLifecycle.millis(now))
                    .log(new LogEntry(now, who.id(), "split", TicketStatus.DUPLICATE, TicketStatus.REOPENED,
                            "从工单 " + number + " 拆分，单独办理", null, "从工单 " + number + " 拆分，单独办理"))
                    .removeReportOf(number, reportId)
                    .logOf(number, new LogEntry(now, who.id(), "split", null, null, "拆分出工单 " + merged, null));
            for (String openid : store.followers(merged)) {
                if (!openid.equals(t.openid())) {
                    change.unfollowOf(number, openid);
                }
            }
            expectOk(store.apply(change), merged, TicketStatus.DUPLICATE);
            events.publishEvent(new TicketStatusChanged(merged, TicketStatus.DUPLICATE, TicketStatus.REOPENED, who,
                    "拆分后单独办理", "拆分后单独办理", now));
            return reader.get(merged);
        }
        Draft d = Reports.draft(report);
        Filing filed = filing.create(d, d.category() == null ? t.category() : d.category(),
                "split:" + number + ":" + reportId, who, false);
        String created = filed.ticket().number();
        TicketChange change = store.change(number).removeReport(reportId)
                .log(new LogEntry(now, who.id(), "split", null, null, "拆分出工单 " + created, null));
        if (!d.openid().equals(t.openid())) {
            change.unfollow(d.openid());
        }
        expectOk(store.apply(change), number, t.status());
        return filed.ticket();
    }

    private static void expectOk(TicketStore.Result result, String number, TicketStatus expected) {
        switch (result.code()) {
            case "ok" -> {
            }
            case "missing" -> throw new TicketNotFound(number);
            case "conflict" -> throw new IllegalTransition(number, TicketStatus.fromId(result.detail()), expected);
            default -> throw new IllegalStateException("unexpected store answer " + result.code());
        }
    }
}
