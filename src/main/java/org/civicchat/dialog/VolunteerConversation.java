package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.volunteer.VolunteerReply;
import org.civicchat.volunteer.VolunteerService;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat side of volunteer activities: "志愿活动" (or menu key {@code volunteer}) lists them, a number within
 * ten minutes of the list or "报名 2" signs up, "候补 2" joins the waiting list, "取消报名 2", "我的志愿", "签到 123456".
 * When an activity needs a name and phone, the "volunteer-contact" flow asks for them once: it takes only a
 * name or an 11-digit mobile number; anything else is handled as itself and the question waits; "取消" drops it.
 * It does not guess at names: greetings, questions, complaints and commands are never taken as one.
 */
@Component
class VolunteerConversation {

    static final String FLOW = "volunteer-contact";
    static final String MENU_KEY = "volunteer";

    private static final Set<String> LIST = Set.of("志愿活动", "志愿服务", "志愿者活动", "志愿服务活动", "查看志愿活动",
            "报名", "我要报名", "报名志愿活动", "参加志愿活动", "我要当志愿者", "我想当志愿者", "做志愿者", "当志愿者", "有什么志愿活动",
            "近期志愿活动", "志愿");
    private static final Set<String> MINE = Set.of("我的志愿", "我的志愿活动", "我的报名", "我的志愿服务", "志愿时长", "我的志愿时长",
            "查看我的志愿");
    private static final Set<String> DROP = Set.of("取消", "算了", "不报了", "不报名了", "不用了", "退出", "不要了");
    private static final Pattern SIGN_UP = Pattern.compile("(?:我要)?报名\\s*(?:第)?\\s*(\\d{1,2})\\s*(?:个|号)?");
    private static final Pattern WAIT = Pattern.compile("(?:加入)?候补\\s*(?:第)?\\s*(\\d{1,2})\\s*(?:个|号)?");
    private static final Pattern CANCEL = Pattern.compile("(?:取消报名|退出报名|取消)\\s*(?:第)?\\s*(\\d{1,2})\\s*(?:个|号)?");
    private static final Pattern NUMBER = Pattern.compile("(?:第)?\\s*(\\d{1,2})\\s*(?:个|号)?");
    private static final Pattern CHECK_IN = Pattern.compile("签到\\s*[:：]?\\s*(\\S*)");
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Pattern PHONE = Pattern.compile("(?:手机号?|电话|联系方式)?\\s*[:：]?\\s*(1[3-9]\\d{9})");
    private static final Pattern NAME = Pattern.compile(
            "(?:我叫|我是|姓名|名字)?\\s*[:：]?\\s*(\\p{IsHan}{2,4}|\\p{IsHan}{1,6}[·•]\\p{IsHan}{1,6}|[A-Za-z][A-Za-z .'-]{1,29})");
    private static final Set<String> NOT_NAMES = Set.of("你好", "您好", "谢谢", "好的", "是的", "不是", "可以", "什么",
            "知道", "明白", "没有", "为什么", "怎么办", "怎么样", "多少", "哪里", "在哪", "嗯嗯", "收到", "请问", "帮助", "客服",
            "人工", "投诉", "举报", "问卷", "订阅", "退订", "签到");

    private final VolunteerService volunteers;
    private final SessionStore sessions;

    VolunteerConversation(VolunteerService volunteers, SessionStore sessions) {
        this.volunteers = volunteers;
        this.sessions = sessions;
    }

    /** Text commands this feature owns; empty when the text is not one. */
    Optional<Reply> onCommand(Inbound message) {
        String openid = message.openid();
        String text = normalize(message.text());
        if (LIST.contains(text)) {
            return Optional.of(apply(openid, volunteers.list(openid)));
        }
        if (MINE.contains(text)) {
            return Optional.of(apply(openid, volunteers.mine(openid)));
        }
        Matcher m;
        if ((m = SIGN_UP.matcher(text)).matches()) {
            return Optional.of(apply(openid, volunteers.signUp(openid, Integer.parseInt(m.group(1)), false)));
        }
        if ((m = WAIT.matcher(text)).matches()) {
            return Optional.of(apply(openid, volunteers.signUp(openid, Integer.parseInt(m.group(1)), true)));
        }
        if ((m = CANCEL.matcher(text)).matches() && !text.equals("取消")) {
            return Optional.of(apply(openid, volunteers.cancelSignUp(openid, Integer.parseInt(m.group(1)))));
        }
        if ((m = CHECK_IN.matcher(text)).matches()) {
            String code = m.group(1);
            return Optional.of(CODE.matcher(code).matches()
                    ? apply(openid, volunteers.checkIn(openid, code))
                    : Reply.text(code.isEmpty() ? "请发送“签到”加现场公布的6位签到码，如“签到 123456”。"
                    : "签到码是6位数字，请按“签到 123456”的格式发送。"));
        }
        return Optional.empty();
    }

    /**
     * A bare number right after the list of activities signs up for that one; asked after every other
     * feature's commands, so a pending ticket rating ("回复1/2/3") keeps its number.
     */
    Optional<Reply> onNumber(Inbound message) {
        Matcher m = NUMBER.matcher(normalize(message.text()));
        if (m.matches() && volunteers.listShown(message.openid())) {
            return Optional.of(apply(message.openid(), volunteers.signUp(message.openid(), Integer.parseInt(m.group(1)), false)));
        }
        return Optional.empty();
    }

    /** The menu CLICK {@code volunteer}; empty when the key is not ours. */
    Optional<Reply> onMenuClick(Inbound message) {
        return MENU_KEY.equals(message.eventKey())
                ? Optional.of(apply(message.openid(), volunteers.list(message.openid())))
                : Optional.empty();
    }

    /** While a name or phone is asked for: takes only what fits; anything else is passed on (the flow waits). */
    Optional<Reply> continueFlow(Inbound message, SessionStore.OpenFlow flow, Analysis analysis) {
        String text = normalize(message.text());
        String openid = message.openid();
        int bar = flow.data().indexOf('|');
        String asks = bar < 0 ? "" : flow.data().substring(0, bar);
        String data = bar < 0 ? "" : flow.data().substring(bar + 1);
        if (DROP.contains(text)) {
            sessions.close(openid);
            return Optional.of(Reply.text("好的，已放弃这次报名。需要时再发送“志愿活动”。"));
        }
        if (text.isEmpty() || LIST.contains(text) || MINE.contains(text) || data.isEmpty()) {
            return Optional.empty();
        }
        Matcher phone = PHONE.matcher(text);
        if ("phone".equals(asks) && phone.matches()) {
            return Optional.of(apply(openid, volunteers.givePhone(openid, data, phone.group(1))));
        }
        Matcher both = Pattern.compile("(.+?)[\\s,，、]+(1[3-9]\\d{9})").matcher(text);
        if (both.matches() && isName(both.group(1).strip(), analysis)) {
            volunteers.giveName(openid, data, name(both.group(1).strip()));
            return Optional.of(apply(openid, volunteers.givePhone(openid, data, both.group(2))));
        }
        if ("name".equals(asks) && isName(text, analysis)) {
            return Optional.of(apply(openid, volunteers.giveName(openid, data, name(text))));
        }
        return Optional.empty();
    }

    private static boolean isName(String text, Analysis analysis) {
        Matcher m = NAME.matcher(text);
        if (!m.matches() || NOT_NAMES.contains(m.group(1)) || NOT_NAMES.stream().anyMatch(text::contains)) {
            return false;
        }
        if (analysis == null) {
            return true;
        }
        Intent intent = analysis.intent();
        return intent != Intent.GREETING && intent != Intent.COMPLAINT && intent != Intent.TICKET_QUERY
                && intent != Intent.SURVEY;
    }

    private static String name(String text) {
        Matcher m = NAME.matcher(text);
        return m.matches() ? m.group(1).strip() : text;
    }

    private Reply apply(String openid, VolunteerReply reply) {
        if (reply.waitsForAnswer()) {
            String asks = reply.ask() == VolunteerReply.Ask.NAME ? "name" : "phone";
            sessions.open(openid, new SessionStore.OpenFlow(FLOW, asks + "|" + reply.flowData()));
        } else {
            sessions.openFlow(openid).filter(open -> FLOW.equals(open.name())).ifPresent(open -> sessions.close(openid));
        }
        return Reply.text(reply.text());
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("[。.!！~～]+$", "");
    }
}
