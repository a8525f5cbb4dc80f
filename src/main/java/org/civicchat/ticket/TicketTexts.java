package org.civicchat.ticket;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.civicchat.ticket.intake.TicketFiling;

/** The sentences residents read about their tickets, in the chat and in notices. Short, polite, simplified. */
public final class TicketTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(TicketClock.ZONE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(TicketClock.ZONE);
    public static final String RATING_QUESTION = "请回复数字评价：1 满意 / 2 基本满意 / 3 不满意（不满意将重新办理）。";

    private TicketTexts() {
    }

    /** The confirmation of a new ticket: number, category, place and the expected handling time. */
    public static String filed(Ticket t) {
        return (t.urgent() ? "已为您登记紧急工单：" : "已为您登记工单：") + t.number()
                + "\n类别：" + t.categoryName()
                + "\n位置：" + t.location()
                + "\n预计处理时间：" + hours(t) + "小时内（" + when(t.deadline()) + "前）"
                + "\n处理进展会及时告诉您，也可发送“查询 " + t.number() + "”查看。如有现场照片，可直接发送补充。";
    }

    /** Told to a resident whose complaint repeats an open ticket. */
    public static String followed(Ticket t) {
        return "您反映的问题已有 " + t.reporters() + " 位居民反映（工单 " + t.number() + "，" + t.categoryName()
                + "），正在办理中。我们已将您加入关注，处理进展会及时告诉您。";
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public static String shortWhen(Instant at) {
        return at == null ? "" : SHORT.format(at);
    }

    static long hours(Ticket t) {
        if (t.deadline() == null || t.createdAt() == null) {
            return 0;
        }
        return Math.max(1, java.time.Duration.between(t.createdAt(), t.deadline()).toHours());
    }

    /** A status change as told to the filer or a follower. */
    public static String statusChanged(Ticket t, TicketStatusChanged e, boolean owner) {
        StringBuilder s = new StringBuilder("您")
                .append(owner ? "反映" : "关注")
                .append("的问题（工单 ").append(t.number()).append("，").append(t.categoryName()).append("）")
                .append("状态更新为：").append(e.to().label()).append("。");
        if (e.toResident() != null && !e.toResident().isBlank() && e.to() != TicketStatus.ASSIGNED) {
            s.append("\n说明：").append(TicketFiling.cap(e.toResident(), 200));
        }
        if (e.to() == TicketStatus.ASSIGNED) {
            s.append("\n已交由").append(t.department()).append("办理。");
        }
        if (e.to() == TicketStatus.RESOLVED && owner) {
            s.append("\n问题解决了吗？").append(RATING_QUESTION);
        }
        return s.toString();
    }

    /** Routine steps told together: "有新进展：已受理 → 已派单 → 处理中". */
    public static String progress(Ticket t, java.util.List<TicketStatus> steps, boolean owner) {
        StringBuilder s = new StringBuilder("您").append(owner ? "反映" : "关注").append("的问题（工单 ")
                .append(t.number()).append("，").append(t.categoryName()).append("）有新进展：");
        for (int i = 0; i < steps.size(); i++) {
            s.append(i == 0 ? "" : " → ").append(steps.get(i).label());
            if (steps.get(i) == TicketStatus.ASSIGNED && t.department() != null && !t.department().isBlank()) {
                s.append("（").append(t.department()).append("）");
            }
        }
        return s.append("。\n发送“查询 ").append(t.number()).append("”可看详情。").toString();
    }

    /** A template field: at most 20 characters. */
    public static String field(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 20 ? s : s.substring(0, 19) + "…";
    }
}
