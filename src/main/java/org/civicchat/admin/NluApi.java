package org.civicchat.admin;

import org.civicchat.dialog.Understanding;
import org.civicchat.faq.FaqCandidate;
import org.civicchat.faq.FaqDecision;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
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
    ResponseEntity<Map<String, Object>> analyze(@RequestBody TextBody body) {
        if (body == null || body.text() == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "请提供 text (text is required)"));
        }
        if (body.text().length() > MAX_TEXT) {
            return ResponseEntity.badRequest().body(Map.of("error", "text 过长，最多 " + MAX_TEXT + " 字"));
        }
        Understanding.Understood understood = understanding.understand(body.text());
        FaqDecision faq = understood.faq();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intent", understood.analysis().intent().id());
        out.put("faq", understood.answeredId() == null ? null
                : Map.of("id", understood.answeredId(), "score", faq.confidence()));
        List<Map<String, Object>> candidates = faq == null ? List.of()
                : faq.candidates().stream().map(NluApi::candidate).toList();
        out.put("candidates", candidates);
        out.put("decision", understood.ambiguous() ? "ask_rule_or_report"
                : faq == null ? null : faq.kind().name().toLowerCase(java.util.Locale.ROOT));
        out.put("confidence", faq == null ? null : faq.confidence());
        out.put("category", understood.analysis().category());
        out.put("location", understood.analysis().location());
        out.put("ticketNumber", understood.analysis().ticketNumber());
        out.put("keywords", understood.analysis().keywords());
        out.put("reply", understood.ambiguous() ? understanding.ruleOrReportQuestion()
                : faq == null ? null : understanding.render(faq));
        out.put("ambiguous", understood.ambiguous());
        out.put("readings", understood.readings());
        return ResponseEntity.ok(out);
    }

    private static Map<String, Object> candidate(FaqCandidate c) {
        return Map.of("id", c.id(), "question", c.question(), "score", c.score());
    }

    record TextBody(String text) {
    }
}
