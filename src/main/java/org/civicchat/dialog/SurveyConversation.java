package org.civicchat.dialog;

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
    private static final Pattern START_WITH_ID = Pattern.compile("问卷\\s*[:：]?\\s*([A-Za-z0-9][A-Za-z0-9_-]{0,63})");

    private final SurveyService surveys;
    private final TopicCommands topics;
    private final SessionStore sessions;

    SurveyConversation(SurveyService surveys, TopicCommands topics, SessionStore sessions) {
        this.surveys = surveys;
        this.topics = topics;
        this.sessions = sessions;
    }

    /** The next message of a resident in the middle of a survey: always answered, never passed on. */
    Optional<Reply> continueFlow(Inbound message, SessionStore.OpenFlow flow) {
        return Optional.of(apply(message.openid(), surveys.answer(message.openid(), flow.data(), message.text())));
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
