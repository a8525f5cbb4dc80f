package org.civicchat.dialog;

import org.civicchat.faq.FaqDecision;
import org.civicchat.faq.FaqService;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.nlp.NlpService;
import org.springframework.stereotype.Service;

/**
 * The one decision of what a text means and, for questions, how the FAQ answers it. The chat, the console's
 * "try a question" box, {@code /api/admin/nlu/analyze} and the dev-set evaluation all go through here.
 */
@Service
public class Understanding {

    private final NlpService nlp;
    private final FaqService faq;

    public Understanding(NlpService nlp, FaqService faq) {
        this.nlp = nlp;
        this.faq = faq;
    }

    public Analysis analyze(String text) {
        return nlp.analyze(text);
    }

    /** How the FAQ answers a question; null when the text is not a question for the FAQ. */
    public FaqDecision answer(Analysis analysis) {
        if (analysis.intent() != Intent.FAQ && analysis.intent() != Intent.OTHER) {
            return null;
        }
        return faq.decide(analysis.text());
    }

    public Understood understand(String text) {
        Analysis analysis = analyze(text);
        return new Understood(analysis, answer(analysis));
    }

    public String render(FaqDecision decision) {
        return faq.render(decision);
    }

    /** @param faq null unless the intent is faq or other */
    public record Understood(Analysis analysis, FaqDecision faq) {

        /** The FAQ entry the chat would answer with, or null for a refusal, a clarification or a passage. */
        public String answeredId() {
            return faq != null && faq.kind() == FaqDecision.Kind.ANSWER ? faq.entry().id() : null;
        }
    }
}
