package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The chat side of answers: a question answered, clarified ("您是想问：") or refused. */
@Component
class FaqConversation {

    static final String FLOW = "faq-clarify";

    Optional<Reply> continueFlow(Inbound message, SessionStore.OpenFlow flow) {
        return Optional.empty();
    }

    Reply onQuestion(Inbound message, Analysis analysis) {
        return Reply.text(Replies.OTHER);
    }
}
