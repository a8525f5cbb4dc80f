package org.civicchat.admin;

import org.civicchat.dialog.Understanding;
import org.civicchat.faq.FaqCandidate;
import org.civicchat.faq.FaqDecision;
import org.civicchat.nlp.Analysis;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** What CivicChat understands of a text, for measuring: the same decision that drives the chat reply. */
@RestController
class NluApi {

    private static final int MAX_TEXT = 2000;

    private final Understanding understanding;

    NluApi(Understanding understanding) {
        this.understanding = understanding;
    }

    @PostMapping("/api/admin/nlu/analyze")
    ResponseEntity<?> analyze(@RequestBody TextBody body) {
        if (body == null || body.text() == null) {
            return refusal("请填写要分析的文字。", "请提供 text (text is required)");
        }
        if (body.text().length() > MAX_TEXT) {
            return refusal("文字过长，最多 " + MAX_TEXT + " 个字。", "text 过长，最多 " + MAX_TEXT + " 字");
        }
        Understanding.Understood understood = understanding.understand(body.text());
        FaqDecision faq = understood.faq();
        Analysis analysis = understood.analysis();
        return ResponseEntity.ok(new Reading(analysis.intent().id(),
                understood.answeredId() == null ? null : new Answered(understood.answeredId(), faq.confidence()),
                faq == null ? List.of() : faq.candidates(),
                understood.ambiguous() ? "ask_rule_or_report"
                        : faq == null ? null : faq.kind().name().toLowerCase(java.util.Locale.ROOT),
                faq == null ? null : faq.confidence(), analysis.category(), analysis.location(),
                analysis.ticketNumber(), analysis.keywords(),
                understood.ambiguous() ? understanding.ruleOrReportQuestion()
                        : faq == null ? null : understanding.render(faq),
                understood.ambiguous(), understood.readings(), rounded(understood.intentScores())));
    }

    private static Map<String, Double> rounded(Map<String, Double> scores) {
        Map<String, Double> rounded = new java.util.TreeMap<>();
        scores.forEach((intent, score) -> rounded.put(intent, Math.round(score * 1000) / 1000.0));
        return rounded;
    }

    /**
     * What the chat would make of a text.
     *
     * @param faq      the entry the chat would answer with and its confidence, null when it would not answer one
     * @param decision answer / clarify / passage / refuse, or ask_rule_or_report when a question and a complaint
     *                 read about as well
     * @param reply    the words the resident would read
     * @param readings the score of each reading weighed, by intent id, 0..1
     * @param intentScores the final weighing's probability of each intent (the cue rules, the FAQ and the example
     *                 messages nearest the text), by intent id, 0..1
     */
    record Reading(String intent, Answered faq, List<FaqCandidate> candidates, String decision, Double confidence,
                   String category, String location, String ticketNumber, List<String> keywords, String reply,
                   boolean ambiguous, Map<String, Double> readings, Map<String, Double> intentScores) {
    }

    record Answered(String id, double score) {
    }

    private static ResponseEntity<ProblemDetail> refusal(String detail, String error) {
        ProblemDetail p = ApiProblems.invalid(RequestProblems.TITLE, List.of(new ApiProblems.FieldError("text", detail)));
        return ApiProblems.answer(ApiProblems.legacy(p, error, null));
    }

    record TextBody(String text) {
    }
}
