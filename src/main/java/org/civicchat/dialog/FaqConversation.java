package org.civicchat.dialog;

import org.civicchat.shared.ResidentEvents;
import org.civicchat.faq.FaqCandidate;
import org.civicchat.faq.FaqDecision;
import org.civicchat.faq.FaqService;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.TextNormalizer;
import org.civicchat.store.StoreUnavailable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat side of answers: a question answered, quoted from a policy document, clarified ("您是想问：" with
 * numbered candidates, the resident replies with the number) or refused and passed to the office.
 */
@Component
class FaqConversation {

    static final String FLOW = "faq-clarify";
    private static final Pattern CHOICE = Pattern.compile("^(?:第)?\\s*([1-9])\\s*(?:个|条|项)?[。.!！]?$");

    private final Understanding understanding;
    private final FaqService faq;
    private final SessionStore sessions;
    private final ApplicationEventPublisher events;

    FaqConversation(Understanding understanding, FaqService faq, SessionStore sessions,
                    ApplicationEventPublisher events) {
        this.understanding = understanding;
        this.faq = faq;
        this.sessions = sessions;
        this.events = events;
    }

    /** After "您是想问：", a number picks a candidate; anything else closes the choice and is routed as usual. */
    Optional<Reply> continueFlow(Inbound message, SessionStore.OpenFlow flow) {
        sessions.close(message.openid());
        List<String> ids = List.of(flow.data().split(","));
        Matcher choice = CHOICE.matcher(TextNormalizer.normalize(message.text() == null ? "" : message.text()));
        if (!choice.matches()) {
            return Optional.empty();
        }
        int picked = Integer.parseInt(choice.group(1));
        if (picked > ids.size()) {
            return Optional.empty();
        }
        return faq.answerById(ids.get(picked - 1)).map(entry -> Reply.text(faq.render(entry)));
    }

    Reply onQuestion(Inbound message, Analysis analysis) {
        FaqDecision decision = understanding.answer(analysis);
        if (decision != null) {
            events.publishEvent(new ResidentEvents.QuestionDecided(
                    decision.kind().name().toLowerCase(java.util.Locale.ROOT), System.currentTimeMillis()));
        }
        if (decision.kind() == FaqDecision.Kind.CLARIFY) {
            String ids = String.join(",", decision.candidates().stream().map(FaqCandidate::id).toList());
            try {
                sessions.open(message.openid(), new SessionStore.OpenFlow(FLOW, ids));
            } catch (StoreUnavailable e) {
                // the candidates are still shown; only replying with their number will not work until Redis is back
            }
        }
        return Reply.text(understanding.render(decision));
    }
}
