package org.civicchat.notice;

/**
 * Sends messages to residents outside a passive reply: WeChat's customer-service and template APIs, or the
 * sandbox outbox while no app secret is configured.
 */
public interface OutboundMessenger {

    /** A customer-service text message. @throws WechatApiError with WeChat's error code on refusal */
    void sendText(String openid, String text);

    /** A template message; {@code fields} are the template's keywords, each at most 20 characters. */
    void sendTemplate(String openid, String templateId, java.util.Map<String, String> fields, String url);

    boolean sandbox();
}
