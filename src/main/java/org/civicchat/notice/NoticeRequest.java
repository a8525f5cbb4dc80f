package org.civicchat.notice;

import java.time.Instant;

/**
 * A notice to push, as posted to {@code POST /api/admin/notices}.
 *
 * @param link    optional http(s) page; residents get a tracked link to it (/n/{id}/{token})
 * @param sendAt  null for now, else when to start sending
 * @param channel auto (default: customer-service message inside the 48-hour window, else template) or mass
 */
public record NoticeRequest(String title, String body, String link, Audience audience, Instant sendAt,
                            String channel) {
}
