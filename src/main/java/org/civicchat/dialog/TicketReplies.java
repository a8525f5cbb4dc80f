package org.civicchat.dialog;

import org.civicchat.shared.Beijing;
import org.civicchat.ticket.LogEntry;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketStatus;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the chat says about complaints and tickets. Phone-sized, polite, Simplified Chinese. */
final class TicketReplies {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(Beijing.ZONE);
    private static final int HISTORY_LINES = 8;

    static final String WHAT = "请用文字简单说说是什么问题（例如：路灯不亮、垃圾堆积）。";
    static final String ASK_WHAT = "收到。" + WHAT;
    static final String ASK_WHERE = "请问具体在什么位置？可以发文字地址（如：青年路88号），或点“+”发送微信位置。如方便，也可以拍张照片。";
    static final String PLACE_NOT_KNOWN = "没关系，说说附近好认的地方就行（如小区名、商店、公交站），或点“+”发送微信位置。";
    static final String VAGUE_PLACE = "这个位置还不够具体，请补充路名、小区名或门牌号（如：青年路88号），或点“+”发送微信位置。";
    static final String REMIND_PLACE = "刚才反映的问题还差位置，发地址即可提交；回复“取消”不再提交。";
    static final String REMIND_WHAT = "刚才发的内容还差问题描述，用文字说说是什么问题即可；回复“取消”不再提交。";
    static final String REMIND_CONFIRM = "刚才的问题还等您确认：回复1提交，2修改。";
    static final String REVISE = "好的，请直接发正确的位置或问题描述，改好后我再给您确认一次。";
    static final String NOTHING_TO_CANCEL = "好的。有需要随时找我。";
    static final String EMERGENCY_NOT_CITY = "脱离危险后，如需向我们反映相关问题，可再发文字和位置。";
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

    /** The one line a draft read with doubt is shown before it is filed. */
    static String confirm(org.civicchat.ticket.Draft d) {
        String what = d.hasDescription() ? cap(d.description(), 40) : "（见照片）";
        String where = d.location() != null && !d.location().isBlank() ? d.location() : "微信位置";
        return "将提交：" + what + "，位置：" + cap(where, 30) + "。回复1提交，2修改";
    }

    static String positionAdded(Ticket t, String label) {
        return "位置" + (label == null || label.isBlank() ? "" : "“" + cap(label, 30) + "”") + "已补充到工单 " + t.number() + "，谢谢！";
    }

    static String alreadyFiled(String number) {
        return "工单 " + number + " 已经提交。如不需要处理了，请发送“撤回 " + number + "”。";
    }

    static String parkedWaiting(org.civicchat.ticket.Draft d) {
        return "刚才反映的“" + cap(d.description(), 16) + "”还差位置，发地址即可提交；回复“取消”不再提交。";
    }

    static String cap(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
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
                    .append(" · ").append(cap(place(t), 14))
                    .append(" · ").append(t.status().label()).append(" · ").append(DAY_TIME.format(t.createdAt()), 0, 5);
        }
        return s.append("\n发送“查询 工单号”查看详情。").toString();
    }

    /** Where a ticket is, as residents see it in a list. */
    static String place(Ticket t) {
        if (t.location() != null && !t.location().isBlank() && !t.location().startsWith("（")) {
            return t.location();
        }
        return t.latitude() != null ? "微信位置" : "未提供位置";
    }

    /** The answer to a status question in words: where it stands, the latest step, how to see more. */
    static String status(Ticket t, List<LogEntry> log, String openid) {
        StringBuilder s = new StringBuilder("您反映的“").append(cap(t.description(), 20)).append("”（工单 ")
                .append(t.number()).append("，").append(cap(place(t), 14)).append("）\n当前状态：").append(t.status().label());
        if (t.status() == TicketStatus.REJECTED && t.reason() != null) {
            s.append("（").append(t.reason()).append("）");
        }
        if (t.status().open() && t.deadline() != null) {
            s.append("\n预计处理：").append(DAY_TIME.format(t.deadline())).append("前");
        }
        List<String> lines = log.stream().map(e -> line(e, openid)).filter(l -> l != null).toList();
        if (!lines.isEmpty()) {
            s.append("\n最新进展：").append(lines.get(lines.size() - 1));
        }
        s.append("\n发送“查询 ").append(t.number()).append("”查看全部进展。");
        if (t.status() == TicketStatus.RESOLVED && openid.equals(t.openid()) && t.rating() == 0) {
            s.append("\n").append(org.civicchat.ticket.TicketTexts.RATING_QUESTION);
        }
        return s.toString();
    }

    static String noneMatching(List<String> words) {
        String what = words.isEmpty() ? "" : "与“" + String.join("", words.subList(0, Math.min(2, words.size()))) + "”相关的";
        return "没有找到您反映过的" + what + "工单。发送“我的工单”可查看您的全部工单，发送“查询 工单号”可查看某一件的进度。";
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
