package org.civicchat.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** What residents read about activities: phone-sized, polite Simplified Chinese. */
final class VolunteerTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static final String NONE_UPCOMING = "近期暂无可报名的志愿活动。发送“订阅志愿活动”，有新活动会第一时间通知您。"
            + "还没注册志愿者的，可以先在中国志愿服务网实名注册，或到社区、新时代文明实践站登记。";
    static final String HOW_TO_JOIN = "回复序号或“报名 序号”即可报名；发送“我的志愿”查看已报名的活动和服务时长。";
    static final String ASK_NAME = "请回复您的姓名（仅活动组织者可见）：";
    static final String ASK_PHONE = "请回复您的11位手机号（仅活动组织者可见，列表中会隐去中间四位）：";
    static final String CONTACT_DROPPED = "好的，已放弃这次报名。需要时再发送“志愿活动”。";
    static final String CODE_FORMAT = "签到码是6位数字，请按“签到 123456”的格式发送。";
    static final String WRONG_CODE = "签到码不正确，请核对现场公布的6位签到码后重新发送。";

    private VolunteerTexts() {
    }

    /** "12月5日（周六）09:00–11:30"; the end's date too when it is another day. */
    static String when(Instant start, Instant end) {
        ZonedDateTime s = start.atZone(VolunteerClock.ZONE);
        ZonedDateTime e = end.atZone(VolunteerClock.ZONE);
        String text = DAY.format(s) + "（" + weekday(s.toLocalDate()) + "）" + TIME.format(s) + "–";
        return text + (s.toLocalDate().equals(e.toLocalDate()) ? "" : DAY.format(e) + " ") + TIME.format(e);
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE)
                .replace("星期", "周");
    }

    /** One line of the numbered list. */
    static String listLine(int n, Activity a, Instant now) {
        String state;
        if (!a.startsAt().isAfter(now)) {
            state = "进行中";
        } else if (a.placesLeft() > 0) {
            state = "剩余" + a.placesLeft() + "个名额";
        } else {
            state = "名额已满，可候补";
        }
        return n + ". " + a.title() + "\n   " + when(a.startsAt(), a.endsAt()) + " · " + a.place() + " · " + state;
    }

    static String signedUp(Activity a, int n) {
        return "报名成功！\n活动：" + a.title() + "\n时间：" + when(a.startsAt(), a.endsAt()) + "\n地点：" + a.place()
                + (blank(a.contact()) ? "" : "\n联系人：" + a.contact())
                + "\n活动前一天和开始前两小时会提醒您；到场后发送“签到+签到码”签到。如需取消，回复“取消报名 " + n + "”。";
    }

    static String full(Activity a, int n) {
        return "很抱歉，“" + a.title() + "”的" + a.quota() + "个名额已满。回复“候补 " + n
                + "”加入候补名单，有人取消时按顺序递补，我们会通知您。";
    }

    static String waiting(Activity a, long position) {
        return "已加入“" + a.title() + "”的候补名单，您排在第" + position + "位。有人取消时按顺序递补，我们会通知您。";
    }

    static String promoted(Activity a) {
        return "好消息：有人取消了报名，您已从候补转为正式报名“" + a.title() + "”。\n时间：" + when(a.startsAt(), a.endsAt())
                + "\n地点：" + a.place() + "\n如不能参加，请回复“我的志愿”后取消，把名额留给其他人。";
    }

    static String reminder(Activity a, boolean dayBefore) {
        return (dayBefore ? "【明日活动提醒】" : "【活动即将开始】") + "您报名的“" + a.title() + "”将于"
                + when(a.startsAt(), a.endsAt()) + "在" + a.place() + "举行"
                + (dayBefore ? "，请合理安排时间。" : "，请准时到场。") + "到场后发送“签到+签到码”签到。"
                + (blank(a.contact()) ? "" : "联系人：" + a.contact() + "。");
    }

    static String rescheduled(Activity a) {
        return "【活动变更】您报名的“" + a.title() + "”时间或地点有调整：\n时间：" + when(a.startsAt(), a.endsAt())
                + "\n地点：" + a.place() + "\n如不能参加，请回复“我的志愿”后取消报名。";
    }

    static String cancelled(Activity a) {
        return "【活动取消】很抱歉，您报名的“" + a.title() + "”（" + when(a.startsAt(), a.endsAt())
                + "）已取消。感谢您的支持，欢迎关注其他志愿活动。";
    }

    static String published(Activity a) {
        return "新的志愿活动：" + a.title() + "\n时间：" + when(a.startsAt(), a.endsAt()) + "\n地点：" + a.place()
                + "\n名额：" + a.quota() + "人" + (blank(a.description()) ? "" : "\n" + cut(a.description(), 200))
                + "\n回复“志愿活动”查看并报名。";
    }

    /** Hours as residents read them: "2", "1.5". */
    static String hours(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }

    /** At most {@code max} characters, "…" marking a cut (a pushed notice holds 600). */
    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
