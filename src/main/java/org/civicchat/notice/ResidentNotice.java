package org.civicchat.notice;

import java.util.Map;

/**
 * Something to tell one resident about their own business (a ticket's status, a survey invitation).
 *
 * @param dedupKey    the same key is delivered at most once (e.g. "ticket:WM20261125-0007:resolved:o123")
 * @param templateKey the configured template to fall back on outside the 48-hour window (e.g. "ticket-status")
 * @param fields      the template's fields, each at most 20 characters
 * @param priority    what the resident must see (a resolution and its rating request, a rejection, an answer)
 *                    is HIGH; routine progress is LOW and leaves the last customer-service messages of the
 *                    window to HIGH ones; held notices go out HIGH first on the resident's next message
 */
public record ResidentNotice(String openid, String dedupKey, String text, String templateKey,
                             Map<String, String> fields, String url, Priority priority) {

    public enum Priority { HIGH, NORMAL, LOW }

    public ResidentNotice {
        priority = priority == null ? Priority.NORMAL : priority;
    }

    public ResidentNotice(String openid, String dedupKey, String text, String templateKey, Map<String, String> fields,
                          String url) {
        this(openid, dedupKey, text, templateKey, fields, url, Priority.NORMAL);
    }
}
