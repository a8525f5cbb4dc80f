package org.civicchat.notice;

import org.civicchat.wechat.OutboundMessenger;
import org.civicchat.wechat.WechatApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Interim notifier: sends at once through the customer-service API; replaced by the outbox-backed one. */
@Component
class DirectNotifier implements ResidentNotifier {

    private static final Logger log = LoggerFactory.getLogger(DirectNotifier.class);

    private final OutboundMessenger messenger;

    DirectNotifier(OutboundMessenger messenger) {
        this.messenger = messenger;
    }

    @Override
    public void tell(ResidentNotice notice) {
        try {
            messenger.sendText(notice.openid(), notice.text());
        } catch (WechatApiError e) {
            log.warn("Notice {} not delivered: {}", notice.dedupKey(), e.getMessage());
        }
    }
}
