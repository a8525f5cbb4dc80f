package org.civicchat.notice;

import java.util.Map;

/**
 * A notice request that cannot be sent: names the field and why. {@link #detail()} says it in Chinese for the
 * console: the message itself when it is Chinese, else the rule of that field.
 */
public final class InvalidNotice extends RuntimeException {

    private static final Map<String, String> RULES = Map.of(
            "body", "请填写通知正文，最多 600 个字。",
            "title", "通知标题最多 64 个字。",
            "link", NoticeLink.INVALID,
            "audience.type", "请选择发送对象：全部居民、话题、标签、社区、网格或指定居民。",
            "audience.value", "请填写发送给谁：已有的话题、标签、社区或网格名称；指定居民最多一万人，人多时请用标签或话题。",
            "channel", "发送方式须为“自动”或“群发”；群发只能发给全部居民或一个标签。",
            "sendAt", "定时发送的时间须在一年之内。",
            "type", "分组须为标签或社区，并填写名称。",
            "topic", "没有这个话题，请从已有话题中选择。");

    private final String field;
    private final String reason;

    public InvalidNotice(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.reason = message;
    }

    public String field() {
        return field;
    }

    /** What is wrong, in a Chinese sentence an operator can act on. */
    public String detail() {
        if (reason != null && reason.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return reason;
        }
        return RULES.getOrDefault(field, "通知内容有误，请检查后重试。");
    }
}
