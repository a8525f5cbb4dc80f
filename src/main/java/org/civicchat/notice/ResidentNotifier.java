package org.civicchat.notice;

/**
 * Tells a resident something outside a passive reply: a customer-service message while WeChat's 48-hour
 * window and its quota allow, otherwise the configured template message, otherwise held until the resident's
 * next message. Delivery is asynchronous and at most once per {@link ResidentNotice#dedupKey()}.
 */
public interface ResidentNotifier {

    void tell(ResidentNotice notice);
}
