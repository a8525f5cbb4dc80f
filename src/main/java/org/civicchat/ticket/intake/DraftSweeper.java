package org.civicchat.ticket.intake;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.notice.ResidentNotifier;
import org.civicchat.ticket.Draft;
import org.civicchat.ticket.Filing;
import org.civicchat.ticket.Masks;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketClock;
import org.civicchat.ticket.TicketSettings;
import org.civicchat.ticket.TicketStatus;
import org.civicchat.ticket.TicketTexts;
import org.civicchat.ticket.notices.StatusNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Drafts left alone for {@code draftIdle}: a complete one is filed (and the resident told its number), any
 * other is dropped and the resident told it lapsed. Each idle draft is claimed by one node only.
 */
@Component
public class DraftSweeper {

    private static final Logger log = LoggerFactory.getLogger(DraftSweeper.class);
    public static final String LAPSED = "您之前反映的问题已超过30分钟未补充完整（还缺少问题位置或描述），暂未登记。如需反映，请重新发送问题和位置。";

    private final DraftStore drafts;
    private final TicketFiling filing;
    private final TicketClock clock;
    private final TicketSettings settings;
    private final ResidentNotifier notifier;

    public DraftSweeper(DraftStore drafts, TicketFiling filing, TicketClock clock, TicketSettings settings,
                 ResidentNotifier notifier) {
        this.drafts = drafts;
        this.filing = filing;
        this.clock = clock;
        this.settings = settings;
        this.notifier = notifier;
    }

    /** @return how many drafts were filed or lapsed */
    public int sweep() {
        Instant before = clock.now().minus(settings.draftIdle());
        int handled = 0;
        for (String openid : drafts.idleSince(before, 200)) {
            if (!drafts.claimIdle(openid, before)) {
                continue;
            }
            Optional<Draft> draft = drafts.read(openid);
            if (draft.isEmpty() || draft.get().isEmpty()) {
                drafts.delete(openid);
                continue;
            }
            Draft d = draft.get();
            String source = "lapse:" + openid + ":" + (d.startedAt() == null ? 0 : d.startedAt().toEpochMilli());
            if (d.complete()) {
                Filing f = filing.file(openid, source, false);
                if (f.ticket() != null) {
                    String text = f.outcome() == Filing.Outcome.FOLLOWED
                            ? TicketTexts.followed(f.ticket()) : TicketTexts.filed(f.ticket());
                    tell(openid, "ticket:" + f.ticket().number() + ":filed:" + openid, text, f.ticket());
                    handled++;
                    continue;
                }
            }
            drafts.delete(openid);
            tell(openid, "ticket-draft:" + openid + ":" + source.hashCode(), LAPSED, null);
            handled++;
        }
        return handled;
    }

    private void tell(String openid, String dedup, String text, Ticket t) {
        Map<String, String> fields = t == null
                ? Map.of("status", "未登记", "remark", "请重新发送问题和位置")
                : Map.of("number", t.number(), "status", TicketStatus.SUBMITTED.label(),
                "category", TicketTexts.field(t.categoryName()));
        try {
            notifier.tell(new ResidentNotice(openid, dedup, text, StatusNotices.TEMPLATE, fields, null));
        } catch (RuntimeException e) {
            log.warn("Draft notice for {} not handed over: {}", Masks.openid(openid), e.toString());
        }
    }
}
