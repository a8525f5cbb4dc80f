package org.civicchat.notice;

import org.civicchat.shared.Beijing;
import org.civicchat.shared.WechatApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code mass} notice as one WeChat mass send ({@link WechatMass}) to its tag or to every follower, instead of
 * one message per resident. WeChat delivers it; we send once: the call carries a {@code clientmsgid} made from
 * the notice's id and creation time, so a retry after a time-out or a node's death (the queuing lease passes on)
 * is refused by WeChat as a repeat (45065), which counts as sent. The month's sends are reserved when the notice
 * is accepted ({@link NoticeService#send}) and given back when WeChat refuses it for good.
 * <p>
 * Fields in the notice's hash: {@code massMonth} (yyyyMM reserved), {@code massMsgId}, {@code massCode} and
 * {@code massError} (Chinese) after a refusal, {@code massAttempts}.
 */
@Component
class MassSend {

    private static final Logger log = LoggerFactory.getLogger(MassSend.class);
    static final ZoneId BEIJING = Beijing.ZONE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final WechatMass wechat;
    private final NoticeStore notices;
    private final TagStore tags;
    private final MassQuotaStore quota;
    private final NoticeSettings settings;

    private final Clock clock;

    MassSend(WechatMass wechat, NoticeStore notices, TagStore tags, MassQuotaStore quota, NoticeSettings settings,
             Clock clock) {
        this.clock = clock;
        this.wechat = wechat;
        this.notices = notices;
        this.tags = tags;
        this.quota = quota;
        this.settings = settings;
    }

    static String month(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), BEIJING).format(MONTH);
    }

    /** WeChat's idempotency key for this notice: at most 64 characters, the same on every node and retry. */
    static String clientMsgId(Notice notice) {
        return "cc-" + notice.id() + "-" + Long.toString(notice.createdAt(), 36);
    }

    /**
     * Checks what can be checked before WeChat is called and reserves one of the month's sends.
     *
     * @return the month reserved (yyyyMM, Beijing time, of {@code sendAt})
     * @throws MassRefused in Chinese when the month's sends are used or the tag is unknown
     */
    String reserve(Audience audience, long sendAt) {
        if ("tag".equals(audience.type()) && tags.id(audience.value().get(0).strip()).isEmpty()) {
            throw new MassRefused("标签“" + audience.value().get(0).strip() + "”还没有在微信创建，请先在“标签”中创建并添加居民。");
        }
        String month = month(sendAt);
        if (!quota.reserve(month, settings.massPerMonth())) {
            throw new MassRefused("本月（北京时间）的 " + settings.massPerMonth() + " 次群发已用完，服务号每月最多群发 "
                    + settings.massPerMonth() + " 次；下月 1 日起可再次群发，或改用普通通知。");
        }
        return month;
    }

    void release(String month) {
        quota.release(month);
    }

    /** Sends the notice once; called by the node holding its queuing lease. */
    void send(Notice notice) {
        Map<String, String> state = notices.state(notice.id());
        if (state.containsKey("massMsgId") || state.containsKey("massCode")) {
            notices.finishMass(notice.id(), clock.millis());
            return;
        }
        Long tagId = null;
        if (!"all".equals(notice.audienceType())) {
            Optional<Long> id = tags.id(notice.audienceValue().get(0).strip());
            if (id.isEmpty()) {
                failed(notice, state, 40050, "标签已不存在，群发未发出。");
                return;
            }
            tagId = id.get();
        }
        int attempt = Integer.parseInt(state.getOrDefault("massAttempts", "0")) + 1;
        notices.massAttempt(notice.id(), attempt);
        String msgId;
        try {
            msgId = wechat.sendText(tagId, text(notice), clientMsgId(notice));
        } catch (WechatApiError e) {
            if (e.code() == 45065) {
                log.info("Mass notice {}: WeChat already has this send (45065), not sent again", notice.id());
                notices.massSent(notice.id(), "repeat", clock.millis());
            } else if ((e.retryable() || e.code() == 45066) && attempt < settings.maxAttempts()) {
                long at = clock.millis() + Math.min(settings.retryMax().toMillis(),
                        Math.max(e.code() == 45066 ? 60_000 : 0, settings.retryBase().toMillis() << Math.min(attempt, 20)));
                log.warn("Mass notice {}: WeChat answered {}; trying again at {}", notice.id(), e.code(), at);
                notices.retryMass(notice.id(), at, e.code(), WechatRefusals.chinese(e.code()));
            } else {
                failed(notice, state, e.code(), WechatRefusals.chinese(e.code()));
            }
            return;
        }
        log.info("Mass notice {} accepted by WeChat as msg {}", notice.id(), msgId);
        notices.massSent(notice.id(), msgId, clock.millis());
    }

    private void failed(Notice notice, Map<String, String> state, int code, String chinese) {
        log.warn("Mass notice {}: WeChat refused it ({}), not sent", notice.id(), code);
        // the send goes back before the notice shows as done, so whoever sees "done" sees the month's count too
        String month = state.get("massMonth");
        if (month != null) {
            quota.release(month);
        }
        notices.massFailed(notice.id(), code, chinese, clock.millis());
    }

    /** One text for every follower: no per-resident tracked link, so the page's own address. */
    static String text(Notice notice) {
        return NoticeText.customerService(notice, notice.link() == null || notice.link().isBlank() ? null : notice.link());
    }
}
