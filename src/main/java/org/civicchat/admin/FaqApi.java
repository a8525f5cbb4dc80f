package org.civicchat.admin;

import org.civicchat.faq.FaqEntry;
import org.civicchat.faq.FaqService;
import org.civicchat.faq.UnansweredQuestion;
import org.civicchat.moderation.ModerationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The FAQ for the console: entries, edits that every node picks up, a "try a question" box, the unanswered queue. */
@RestController
class FaqApi {

    private final FaqService faq;
    private final NluApi nlu;
    private final ModerationService moderation;

    FaqApi(FaqService faq, NluApi nlu, ModerationService moderation) {
        this.faq = faq;
        this.nlu = nlu;
        this.moderation = moderation;
    }

    @GetMapping("/api/admin/faq")
    List<FaqEntry> entries(@RequestParam(required = false) String group, @RequestParam(required = false) String q) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return faq.entries().stream()
                .filter(e -> group == null || group.isBlank() || e.group().equals(group))
                .filter(e -> needle.isEmpty() || e.id().contains(needle) || e.question().contains(needle)
                        || e.answer().contains(needle) || e.alternates().stream().anyMatch(a -> a.contains(needle)))
                .toList();
    }

    @GetMapping("/api/admin/faq/{id}")
    ResponseEntity<FaqEntry> entry(@PathVariable String id) {
        return faq.answerById(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PutMapping("/api/admin/faq/{id}")
    ResponseEntity<?> update(@PathVariable String id, @RequestBody EntryBody body) {
        if (faq.answerById(id).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "没有这个条目 (no entry " + id + ")"));
        }
        FaqEntry entry = body.toEntry(id);
        moderation.check(entry.question(), entry.answer());
        return ResponseEntity.ok(faq.save(entry));
    }

    @PostMapping("/api/admin/faq")
    ResponseEntity<?> create(@RequestBody EntryBody body) {
        if (body.id() == null || faq.answerById(body.id()).isPresent()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "编号为空或已存在 (id missing or taken)"));
        }
        FaqEntry entry = body.toEntry(body.id());
        moderation.check(entry.question(), entry.answer());
        return ResponseEntity.status(HttpStatus.CREATED).body(faq.save(entry));
    }

    @PostMapping("/api/admin/faq/try")
    ResponseEntity<Map<String, Object>> tryQuestion(@RequestBody NluApi.TextBody body) {
        return nlu.analyze(body);
    }

    @GetMapping("/api/admin/faq/unanswered")
    List<UnansweredQuestion> unanswered(@RequestParam(defaultValue = "50") int limit) {
        return faq.topUnanswered(Math.min(Math.max(limit, 1), 500));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    record EntryBody(String id, String group, String question, List<String> alternates, String answer, String next) {
        FaqEntry toEntry(String id) {
            if (question == null || answer == null) {
                throw new IllegalArgumentException("question and answer are required");
            }
            return new FaqEntry(id, group == null || group.isBlank() ? "service" : group, question,
                    alternates == null ? List.of() : alternates, answer, next, List.of());
        }
    }
}
