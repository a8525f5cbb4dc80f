package org.civicchat.dialog;

import org.civicchat.shared.ResidentEvents;
import org.civicchat.faq.FaqCandidate;
import org.civicchat.faq.FaqDecision;
import org.civicchat.faq.FaqService;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
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
    /** After "您是想：1. 了解相关规定 2. 反映这个问题"; the flow keeps the resident's text. */
    static final String RULE_OR_REPORT_FLOW = "faq-rule-or-report";
    static final String RULE_OR_REPORT = "您是想：\n1. 了解相关规定\n2. 反映这个问题\n请回复序号。";
    static final String NOT_UNDERSTOOD = "抱歉，我没太明白您的意思。您可以直接提问，比如“垃圾怎么分类”；也可以发文字、照片反映身边的问题。";
    /** Longest text (letters and digits) that can say nothing to look up: 还行吧, 好吧, 算了吧. */
    private static final int NOTHING_TO_LOOK_UP = 4;
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

    /** A text that reads as a question about a rule and as a report alike: the resident says which, once. */
    Reply askRuleOrReport(Inbound message) {
        try {
            sessions.open(message.openid(), new SessionStore.OpenFlow(RULE_OR_REPORT_FLOW, message.text()));
        } catch (StoreUnavailable e) {
            // without the session the reply "1" or "2" cannot be tied to the text: answer it as a question
            return onQuestion(message, understanding.understand(message.text()));
        }
        return Reply.text(RULE_OR_REPORT);
    }

    /** 1 answers the kept text as a question, 2 files it as a report; anything else is routed as usual. */
    Optional<Reply> continueRuleOrReport(Inbound message, SessionStore.OpenFlow flow,
                                         ComplaintConversation complaints) {
        sessions.close(message.openid());
        Matcher choice = CHOICE.matcher(TextNormalizer.normalize(message.text() == null ? "" : message.text()));
        if (!choice.matches() || choice.group(1).compareTo("2") > 0) {
            return Optional.empty();
        }
        Inbound original = new Inbound(message.openid(), message.account(), MessageKind.TEXT, message.msgId(),
                message.createTime(), flow.data(), null, null, null, null, null, null, null, null);
        Understanding.Understood understood = understanding.understand(flow.data());
        if (choice.group(1).equals("1")) {
            FaqDecision decision = understood.faq() != null ? understood.faq()
                    : understanding.answer(understood.analysis().withIntent(Intent.FAQ, null));
            return Optional.of(onDecision(original, decision));
        }
        Analysis complaint = understood.analysis().withIntent(Intent.COMPLAINT, understood.complaintCategory());
        return Optional.of(complaints.onComplaint(original, complaint));
    }

    Reply onQuestion(Inbound message, Understanding.Understood understood) {
        FaqDecision decision = understood.faq() != null ? understood.faq() : understanding.answer(understood.analysis());
        if (decision.kind() == FaqDecision.Kind.REFUSE && saysNothingToLookUp(understood.analysis())) {
            // 还行吧, 对, 算了: no question the office could answer, so nothing is queued for it
            return Reply.text(NOT_UNDERSTOOD);
        }
        return onDecision(message, decision);
    }

    /** A few characters of no intent and no word of two characters or more to search for. */
    static boolean saysNothingToLookUp(Analysis analysis) {
        long letters = analysis.normalized().chars().filter(Character::isLetterOrDigit).count();
        return analysis.intent() == Intent.OTHER && letters <= NOTHING_TO_LOOK_UP
                && analysis.keywords().stream().allMatch(word -> word.length() < 2);
    }

    private Reply onDecision(Inbound message, FaqDecision decision) {
        faq.recordUnanswered(decision);
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
