package org.civicchat.dialog;

import org.civicchat.ticket.TicketNumbers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ticket commands a resident types, read without the understanding service so they work whatever it
 * says: "我的工单", "查询 WM…" or a bare number, "补充 WM… 文字", "撤回 WM…", a rating answer (1/2/3,
 * 满意/基本满意/不满意) and "直接提交" while a draft is open. Case, spaces and full-width forms do not matter.
 *
 * @param number the canonical ticket number, or null
 * @param rest   for ADD: the words to add; for RATE: "1", "2" or "3"
 */
record TicketCommand(Kind kind, String number, String rest) {

    enum Kind { MY_TICKETS, QUERY, ADD, WITHDRAW, RATE, FILE_NOW, CANCEL_DRAFT }

    private static final Pattern MINE = Pattern.compile("^(查看|查询)?我的(工单|投诉|反映|随手拍|问题)(列表|进度)?$");
    private static final Pattern QUERY = Pattern.compile("^(查询|查|查看|进度|工单|工单查询)\\s*[:：]?\\s*(wm.*)$");
    private static final Pattern ADD = Pattern.compile("^(补充|追加)\\s*[:：]?\\s*(wm\\s*\\d{8}\\s*[-_—－ ]?\\s*\\d{4,6})\\s*[:：,，]?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern WITHDRAW = Pattern.compile("^(撤回|撤销|取消工单)\\s*[:：]?\\s*(wm.*)$");
    private static final Pattern FILE_NOW = Pattern.compile("^(直接提交|就这样|提交|就这些|确认提交|直接报|马上提交|提交吧|就这样提交)$");

    /** A command from the text; rating answers only when {@code ratingPending}, drafts only when {@code inDraft}. */
    static Optional<TicketCommand> parse(String text, boolean ratingPending, boolean inDraft) {
        if (text == null) {
            return Optional.empty();
        }
        String s = fold(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (MINE.matcher(s).matches()) {
            return Optional.of(new TicketCommand(Kind.MY_TICKETS, null, null));
        }
        Matcher add = ADD.matcher(s);
        if (add.matches()) {
            String number = TicketNumbers.find(add.group(2)).orElse(null);
            String words = add.group(3).trim();
            return Optional.of(new TicketCommand(Kind.ADD, number, words));
        }
        Matcher withdraw = WITHDRAW.matcher(s);
        if (withdraw.matches()) {
            return TicketNumbers.find(withdraw.group(2)).map(n -> new TicketCommand(Kind.WITHDRAW, n, null));
        }
        Matcher query = QUERY.matcher(s);
        if (query.matches() && TicketNumbers.isBare(query.group(2))) {
            return TicketNumbers.find(query.group(2)).map(n -> new TicketCommand(Kind.QUERY, n, null));
        }
        if (TicketNumbers.isBare(s)) {
            return TicketNumbers.find(s).map(n -> new TicketCommand(Kind.QUERY, n, null));
        }
        if (ratingPending) {
            String rating = switch (s) {
                case "1", "满意", "1满意", "非常满意" -> "1";
                case "2", "基本满意", "2基本满意", "还行" -> "2";
                case "3", "不满意", "3不满意", "没解决", "没有解决" -> "3";
                default -> null;
            };
            if (rating != null) {
                return Optional.of(new TicketCommand(Kind.RATE, null, rating));
            }
        }
        if (inDraft && FILE_NOW.matcher(s).matches()) {
            return Optional.of(new TicketCommand(Kind.FILE_NOW, null, null));
        }
        if (inDraft && CancelWords.matches(text)) {
            return Optional.of(new TicketCommand(Kind.CANCEL_DRAFT, null, null));
        }
        return Optional.empty();
    }

    /** Full-width to half-width, lower case, outer spaces and trailing punctuation dropped. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x3000) {
                out.append(' ');
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                out.append((char) (cp - 0xFEE0));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT).trim().replaceAll("[。！!？?.~～\\s]+$", "").trim();
    }
}
