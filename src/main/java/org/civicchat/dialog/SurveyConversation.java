package org.civicchat.dialog;

import org.civicchat.survey.SurveyFit;
import org.civicchat.survey.SurveyService;
import org.civicchat.survey.SurveyTurn;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat side of surveys and notice topics: starting a survey (keyword "问卷", "问卷 &lt;id&gt;" from an
 * invitation's link, menu key survey:&lt;id&gt;), one question per message while the "survey" flow is open,
 * pausing with "退出"; and the topic commands ("订阅志愿活动", "退订", "我的订阅"). Recognises its own
 * keywords so it works whatever the NLP intent says.
 */
@Component
class SurveyConversation {

    static final String FLOW = "survey";
    private static final Set<String> START = Set.of("问卷", "填问卷", "我要填问卷", "参加问卷", "问卷调查", "填写问卷",
            "参与问卷", "继续问卷", "调查问卷");
    private static final Set<String> RESUME = Set.of("继续", "接着答", "接着填", "继续答", "继续填", "继续答题", "继续填写");
    private static final Pattern PAUSE_LATER = Pattern.compile(
            "^(?:那|我)?(?:等会|等会儿|等一会|等一会儿|等下|等一下|待会|待会儿|一会儿|回头|下次|下回|改天|晚点|晚些|稍后|以后|有空)(?:再|再说|再答|再填|再弄|再来|吧|答|填)*(?:吧|啊|了|哈)?"
                    + "|^(?:先不答|先不填|先不做|现在没空|没空|没时间|现在不方便|不方便)(?:了|吧|啊)?$");
    private static final Pattern START_WITH_ID = Pattern.compile("问卷\\s*[:：]?\\s*([A-Za-z0-9][A-Za-z0-9_-]{0,63})");

    private final SurveyService surveys;
    private final TopicCommands topics;
    private final SessionStore sessions;

    SurveyConversation(SurveyService surveys, TopicCommands topics, SessionStore sessions) {
        this.surveys = surveys;
        this.topics = topics;
        this.sessions = sessions;
    }

    /**
     * The next message of a resident in the middle of a survey, when it fits: an answer the question can
     * take, a pause ("等会", "下次", "退出"), a resume word, or an invitation to another survey. A question,
     * a command or thanks passes on (the router asks the survey question again after it).
     */
    Optional<Reply> continueFlow(Inbound message, SessionStore.OpenFlow flow, boolean otherBusiness) {
        String text = normalize(message.text());
        if (message.text() != null && !text.isEmpty()) {
            if (PAUSE_LATER.matcher(text).matches()) {
                return Optional.of(apply(message.openid(), surveys.pause(flow.data())));
            }
            Matcher withId = START_WITH_ID.matcher(text);
            if (withId.matches()) {
                return Optional.of(startSurvey(message, withId.group(1)));
            }
            SurveyFit fit = surveys.fits(message.openid(), flow.data(), message.text());
            if (fit == SurveyFit.NO || (fit == SurveyFit.FREE_TEXT && otherBusiness)) {
                return Optional.empty();
            }
        }
        return Optional.of(apply(message.openid(), surveys.answer(message.openid(), flow.data(), message.text())));
    }

    /** A message that fits nothing else while a survey waits: the survey says it could not read it. */
    Optional<Reply> notUnderstood(Inbound message, SessionStore.OpenFlow flow) {
        return Optional.of(apply(message.openid(), surveys.answer(message.openid(), flow.data(), message.text())));
    }

    /** The question on screen again, after a reply about something else. */
    Optional<String> askAgain(String openid, SessionStore.OpenFlow flow) {
        try {
            return surveys.currentQuestion(openid, flow.data()).map(q -> "问卷还没答完，我们接着来：\n" + q);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "继续", "接着答" with no survey on screen resume the one the resident left, if there is one. */
    Optional<Reply> resume(Inbound message) {
        if (!RESUME.contains(normalize(message.text()))) {
            return Optional.empty();
        }
        return surveys.inProgress(message.openid()).map(id -> startSurvey(message, id));
    }

    /** Text commands this feature owns (survey start, topics); empty when the text is not one. */
    Optional<Reply> onCommand(Inbound message) {
        String text = normalize(message.text());
        if (START.contains(text)) {
            return Optional.of(startSurvey(message, null));
        }
        Matcher withId = START_WITH_ID.matcher(text);
        if (withId.matches()) {
            return Optional.of(startSurvey(message, withId.group(1)));
        }
        return topics.onCommand(message.openid(), text);
    }

    Reply startSurvey(Inbound message, String surveyId) {
        return apply(message.openid(), surveys.start(message.openid(), surveyId));
    }

    /** A menu CLICK this feature owns (survey:&lt;id&gt;, topic:&lt;name&gt;); empty when the key is not ours. */
    Optional<Reply> onMenuClick(Inbound message) {
        String key = message.eventKey() == null ? "" : message.eventKey();
        if (key.startsWith("survey:")) {
            return Optional.of(startSurvey(message, key.substring("survey:".length())));
        }
        if (key.startsWith("topic:")) {
            return topics.onCommand(message.openid(), "订阅" + key.substring("topic:".length()));
        }
        return Optional.empty();
    }

    private Reply apply(String openid, SurveyTurn turn) {
        if (turn.waitsForAnswer()) {
            sessions.open(openid, new SessionStore.OpenFlow(FLOW, turn.surveyId()));
        } else {
            sessions.openFlow(openid).filter(open -> FLOW.equals(open.name())).ifPresent(open -> sessions.close(openid));
        }
        return Reply.text(turn.text());
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("[。.!！~～]+$", "");
    }
}
