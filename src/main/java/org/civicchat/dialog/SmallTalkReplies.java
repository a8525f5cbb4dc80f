package org.civicchat.dialog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The answers to small talk ({@link SmallTalk}): short, natural, never a FAQ search. "人工" tells the office's
 * hours and phone from the configuration and keeps the resident's question for staff.
 */
@Component
class SmallTalkReplies {

    private static final Logger log = LoggerFactory.getLogger(SmallTalkReplies.class);
    static final String THANKS = "不客气，能帮上忙就好。有需要随时找我。";
    static final String APOLOGY = "没关系。有什么需要，直接告诉我就好。";
    static final String ROBOT = "我是区文明办创城服务号的智能助手，可以解答创城问题、登记您反映的问题。需要工作人员时，回复“人工”即可。";
    static final String PERSONAL = "我是创城服务号的智能助手，没有年龄，也不用吃饭休息。有城市管理的问题或想了解创城，直接告诉我就好。";
    static final String ACK = "好的。有需要随时找我。";
    static final String BYE = "再见，祝您生活愉快！";

    private final DialogSettings settings;
    private final HandoverStore handovers;
    private final SessionStore sessions;

    SmallTalkReplies(DialogSettings settings, HandoverStore handovers, SessionStore sessions) {
        this.settings = settings;
        this.handovers = handovers;
        this.sessions = sessions;
    }

    /** After "人工" with nothing asked yet, the resident's next words are kept for staff too. */
    String keepForStaff(String openid, String text) {
        try {
            sessions.slot(openid, SessionStore.HANDOVER, null);
            handovers.keep(openid, text, System.currentTimeMillis());
            return "\n（您的留言已同时转给工作人员。）";
        } catch (RuntimeException e) {
            log.warn("A question for staff was not kept: {}", e.toString());
            return "";
        }
    }

    /** @param lastQuestion the resident's previous words, kept for staff on a hand-over; may be null */
    Reply reply(SmallTalk.Kind kind, String openid, String lastQuestion, boolean somethingWaits) {
        return switch (kind) {
            case THANKS -> Reply.text(somethingWaits ? "不客气。" : THANKS);
            case APOLOGY -> Reply.text(somethingWaits ? "没关系。" : APOLOGY);
            case ROBOT -> Reply.text(ROBOT);
            case PERSONAL -> Reply.text(PERSONAL);
            case HUMAN -> Reply.text(handOver(openid, lastQuestion));
            case ACK -> Reply.text(somethingWaits ? "好的。" : ACK);
            case BYE -> Reply.text(BYE);
            case LATER -> Reply.text(somethingWaits ? "好的，不着急，先为您保留着。" : ACK);
        };
    }

    private String handOver(String openid, String lastQuestion) {
        String hours = "人工服务时间：" + settings.officeHours() + "，电话 " + settings.officePhone() + "。";
        boolean question = lastQuestion != null && !lastQuestion.isBlank() && SmallTalk.read(lastQuestion).isEmpty();
        try {
            handovers.keep(openid, question ? lastQuestion : "", System.currentTimeMillis());
            if (!question) {
                sessions.slot(openid, SessionStore.HANDOVER, "1");
            }
        } catch (RuntimeException e) {
            log.warn("A hand-over to staff was not kept: {}", e.toString());
            return hours + "您也可以直接留言，工作人员会尽快回复您。";
        }
        return hours + (question
                ? "您刚才的问题“" + TicketReplies.cap(lastQuestion, 20) + "”已转给工作人员，会尽快回复您。"
                : "您可以直接留言说明问题，工作人员会尽快回复您。");
    }
}
