package org.civicchat.dialog;

import org.civicchat.ticket.LogEntry;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketStatus;

import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;

/** What the chat says about complaints and tickets. Phone-sized, polite, Simplified Chinese. */
final class TicketReplies {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final int HISTORY_LINES = 8;

    static final String ASK_WHAT = "收到。请用文字简单说说是什么问题（例如：路灯不亮、垃圾堆积）。";
    static final String ASK_WHERE = "请问具体在什么位置？可以发文字地址（如：青年路88号），或点“+”发送微信位置。如方便，也可以拍张照片。";
    static final String NOT_SAVED = "抱歉，系统暂时无法保存您反映的问题，这次没有登记成功。请稍后把问题和位置重新发送一次，给您带来不便，敬请谅解。";
    static final String NOT_FOUND = "没有找到这个工单。请核对工单号（如 WM20261125-0007）；只能查询您本人反映或关注的工单。";
    static final String NONE_YET = "您还没有反映过问题。发文字、语音、照片或位置即可随手拍，我们会登记并转交处理。";
    static final String PHOTO_LIMIT = "每个问题最多保存9张照片，这张照片未保存。其他照片已收到，谢谢！";
    static final String DRAFT_CANCELLED = "好的，已取消本次反映。如需反映问题，随时发送文字、照片或位置即可。";
    static final String NOTHING_TO_FILE = "还没有收到问题的描述。请用文字简单说说是什么问题，或发一张照片。";
    static final String CANNOT_CHANGE = "这个工单已经办结或关闭，不能再补充或撤回。如问题仍未解决，请重新反映。";
    static final String TRUNCATED = "\n（描述较长，已保留前1000字。）";
    static final String EMPTY_ADDITION = "请在工单号后面写上要补充的内容，例如：补充 WM20261125-0007 晚上更严重。";

    private TicketReplies() {
    }

    static String photoReceived(String next) {
        return "收到照片。" + next;
    }

    static String placeReceived(String label, String next) {
        return "收到位置" + (label == null || label.isBlank() ? "" : "：" + label) + "。" + next;
    }

    static String photoAdded(Ticket t) {
        return "照片已补充到工单 " + t.number() + "，谢谢！";
    }

    static String wordsAdded(Ticket t) {
        return "已将您补充的内容加入工单 " + t.number() + "，谢谢！";
    }

    static String withdrawn(Ticket t) {
        return "工单 " + t.number() + " 已撤回。如问题仍需处理，欢迎随时重新反映。";
    }

    static String unfollowed(String number) {
        return "您已不再关注工单 " + number + "。";
    }

    static String rated(Ticket t, int rating) {
        if (rating == 3) {
            return "很抱歉问题没有解决好。工单 " + t.number() + " 已重新办理，我们会尽快处理并告诉您进展。";
        }
        return "感谢您的评价！工单 " + t.number() + " 已办结。欢迎继续随手拍，共建文明城市。";
    }

    static String list(List<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return NONE_YET;
        }
        StringBuilder s = new StringBuilder("您最近的工单：");
        int i = 1;
        for (Ticket t : tickets) {
            s.append('\n').append(i++).append(". ").append(t.number()).append(' ').append(t.categoryName())
                    .append(" · ").append(t.status().label()).append(" · ").append(DAY_TIME.format(t.createdAt()), 0, 5);
        }
        return s.append("\n发送“查询 工单号”查看详情。").toString();
    }

    static String detail(Ticket t, List<LogEntry> log, String openid) {
        StringBuilder s = new StringBuilder("工单 ").append(t.number()).append("（").append(t.categoryName()).append("）")
                .append("\n位置：").append(t.location())
                .append("\n状态：").append(t.status().label());
        if (t.status() == TicketStatus.REJECTED && t.reason() != null) {
            s.append("（").append(t.reason()).append("）");
        }
        if (t.status().open() && t.deadline() != null) {
            s.append("\n预计处理：").append(DAY_TIME.format(t.deadline())).append("前");
        }
        if (t.reporters() > 1) {
            s.append("\n共有 ").append(t.reporters()).append(" 位居民反映");
        }
        s.append("\n进展：");
        List<String> lines = log.stream().map(e -> line(e, openid)).filter(l -> l != null).toList();
        for (String line : lines.subList(Math.max(0, lines.size() - HISTORY_LINES), lines.size())) {
            s.append('\n').append(line);
        }
        if (t.status().open()) {
            s.append("\n如需补充，可直接发照片，或发送“补充 ").append(t.number()).append(" 内容”。");
        } else if (t.status() == TicketStatus.RESOLVED && openid.equals(t.openid()) && t.rating() == 0) {
            s.append("\n").append(org.civicchat.ticket.TicketTexts.RATING_QUESTION);
        }
        return s.toString();
    }

    /** One history line as residents see it; staff notes and handler names stay in the console. */
    private static String line(LogEntry e, String openid) {
        String when = DAY_TIME.format(e.at());
        return switch (e.action()) {
            case "filed" -> when + " 已提交";
            case "status", "rating", "merge", "split" -> e.to() == null ? null
                    : when + " " + e.to().label() + residentNote(e);
            case "addition" -> e.who() != null && e.who().endsWith(":" + openid) ? when + " 您补充了内容" : null;
            case "photo" -> e.who() != null && e.who().endsWith(":" + openid) ? when + " 您补充了照片" : null;
            case "follow" -> when + " 又有居民反映此问题";
            case "urge" -> when + " 已超时，已催办";
            case "supervise" -> when + " 已督办";
            default -> null;
        };
    }

    /** Only what staff wrote for the resident; their internal notes never leave the console. */
    private static String residentNote(LogEntry e) {
        if (e.toResident() == null || e.toResident().isBlank() || e.to() == TicketStatus.ASSIGNED) {
            return "";
        }
        String note = e.toResident().length() > 60 ? e.toResident().substring(0, 60) + "…" : e.toResident();
        return "：" + note;
    }
}
