package org.civicchat.dialog;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The chat side of surveys and notice topics: starting a survey (keyword, menu key survey:&lt;id&gt;, invitation
 * link), one question per message, pausing with "退出", subscribing and unsubscribing to topics.
 * Placeholder until the survey and notice features land.
 */
@Component
class SurveyConversation {

    static final String FLOW = "survey";

    /** The next message of a resident in the middle of a survey; empty to let it pass. */
    Optional<Reply> continueFlow(Inbound message, SessionStore.OpenFlow flow) {
        return Optional.empty();
    }

    /** Text commands this feature owns ("订阅…", "退订…", "我的订阅"); empty when the text is not one. */
    Optional<Reply> onCommand(Inbound message) {
        return Optional.empty();
    }

    Reply startSurvey(Inbound message, String surveyId) {
        return Reply.text("问卷功能即将上线，感谢您的关注。");
    }

    /** A menu CLICK this feature owns (survey:&lt;id&gt;, topics); empty when the key is not ours. */
    Optional<Reply> onMenuClick(Inbound message) {
        String key = message.eventKey() == null ? "" : message.eventKey();
        if (key.startsWith("survey:")) {
            return Optional.of(startSurvey(message, key.substring("survey:".length())));
        }
        return Optional.empty();
    }
}
