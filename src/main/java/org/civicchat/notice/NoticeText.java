package org.civicchat.notice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a resident receives: a customer-service text (title, body, tracked link), or a template message's
 * fields (each cut to WeChat's 20 characters) and link. Broadcast notices fill the template's "title" and
 * "content" fields; single-resident notices bring their own fields.
 */
final class NoticeText {

    static final int FIELD_MAX = 20;

    private NoticeText() {
    }

    static String customerService(Notice notice, String trackedLink) {
        StringBuilder text = new StringBuilder();
        if (notice.title() != null && !notice.title().isBlank()) {
            text.append('【').append(notice.title().strip()).append("】\n");
        }
        text.append(notice.body() == null ? "" : notice.body().strip());
        if (trackedLink != null) {
            text.append("\n详情：").append(trackedLink);
        }
        return text.toString();
    }

    static Map<String, String> templateFields(Notice notice) {
        if (notice.single() && !notice.fields().isEmpty()) {
            Map<String, String> cut = new LinkedHashMap<>();
            notice.fields().forEach((k, v) -> cut.put(k, cut(v)));
            return cut;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", cut(notice.title() == null || notice.title().isBlank() ? notice.body() : notice.title()));
        fields.put("content", cut(notice.body()));
        return fields;
    }

    static String cut(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip().replace('\n', ' ');
        return v.codePointCount(0, v.length()) <= FIELD_MAX ? v
                : v.substring(0, v.offsetByCodePoints(0, FIELD_MAX - 1)) + "…";
    }
}
