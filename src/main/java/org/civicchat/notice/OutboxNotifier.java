package org.civicchat.notice;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Tells one resident about their own business through the outbox: a customer-service message inside the
 * window, else the template for {@code templateKey}, else held until the resident's next message. The same
 * dedupKey is told at most once (kept 30 days).
 */
@Component
class OutboxNotifier implements ResidentNotifier {

    private final NoticeStore notices;
    private final Fanout fanout;
    private final Clock clock;

    OutboxNotifier(NoticeStore notices, Fanout fanout, Clock clock) {
        this.clock = clock;
        this.notices = notices;
        this.fanout = fanout;
    }

    @Override
    public void tell(ResidentNotice notice) {
        if (notice.openid() == null || notice.openid().isBlank()) {
            throw new IllegalArgumentException("a resident notice needs an openid");
        }
        if (notice.dedupKey() == null || notice.dedupKey().isBlank()) {
            throw new IllegalArgumentException("a resident notice needs a dedupKey");
        }
        if (notice.text() == null || notice.text().isBlank()) {
            throw new IllegalArgumentException("resident notice " + notice.dedupKey() + " has no text");
        }
        long now = clock.millis();
        Notice single = new Notice(notices.nextId("T"), true, "", notice.text(), notice.url(), "openids",
                List.of(notice.openid()), Notice.AUTO, notice.templateKey(),
                notice.fields() == null ? Map.of() : notice.fields(), now, now);
        if (notices.createSingle(single, notice.dedupKey(), notice.priority().name().toLowerCase(java.util.Locale.ROOT))) {
            fanout.queue(single.id());
            notices.expireSingle(single.id());
        }
    }
}
