package org.civicchat.admin;

import org.civicchat.faq.FaqCandidate;
import org.civicchat.faq.FaqEntry;
import org.civicchat.faq.FaqService;
import org.civicchat.moderation.ModerationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

/** The FAQ for the console: entries, edits that every node picks up, a "try a question" box, the unanswered queue. */
@RestController
class FaqApi {

    static final int NEAREST = 3;
    /** The FAQ's rules for an entry in one sentence: what the console shows when FaqService refuses one. */
    static final String RULES = "问答条目有误：编号须为2到64个小写字母、数字或“-”，问题和答案都要填写，答案最多300字，"
            + "新的说法最多200字。";

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
            return noEntry(id);
        }
        FaqEntry entry = body.toEntry(id);
        moderation.check(entry.question(), entry.answer());
        return ResponseEntity.ok(faq.save(entry));
    }

    @PostMapping("/api/admin/faq")
    ResponseEntity<?> create(@RequestBody EntryBody body) {
        if (body.id() == null || faq.answerById(body.id()).isPresent()) {
            return ApiProblems.answer(ApiProblems.legacy(ApiProblems.problem(HttpStatus.CONFLICT, "编号不可用",
                    body.id() == null ? "请填写条目编号。" : "编号“" + body.id() + "”已有条目，请换一个。"),
                    "编号为空或已存在 (id missing or taken)", null));
        }
        FaqEntry entry = body.toEntry(body.id());
        moderation.check(entry.question(), entry.answer());
        return ResponseEntity.status(HttpStatus.CREATED).body(faq.save(entry));
    }

    @PostMapping("/api/admin/faq/try")
    ResponseEntity<?> tryQuestion(@RequestBody NluApi.TextBody body) {
        return nlu.analyze(body);
    }

    @GetMapping("/api/admin/faq/unanswered")
    List<Unanswered> unanswered(@RequestParam(defaultValue = "50") int limit) {
        return faq.topUnanswered(Math.min(Math.max(limit, 1), 500)).stream()
                .map(q -> new Unanswered(q.text(), q.count(), q.lastAsked(), faq.nearest(q.text(), NEAREST)))
                .toList();
    }

    /** Teaches the FAQ: the question becomes a way of asking this entry, and leaves the unanswered queue. */
    @PostMapping("/api/admin/faq/{id}/alternates")
    ResponseEntity<?> addAlternate(@PathVariable String id, @RequestBody AlternateBody body) {
        if (faq.answerById(id).isEmpty()) {
            return noEntry(id);
        }
        return ResponseEntity.ok(faq.addAlternate(id, body == null ? null : body.text()));
    }

    /** A question of the unanswered queue with the entries nearest to it in meaning. */
    record Unanswered(String text, long count, java.time.Instant lastAsked, List<FaqCandidate> nearest) {
    }

    record AlternateBody(String text) {
    }

    private static ResponseEntity<ProblemDetail> noEntry(String id) {
        return ApiProblems.answer(ApiProblems.legacy(ApiProblems.problem(HttpStatus.NOT_FOUND, "条目不存在",
                "问答库里没有编号为“" + id + "”的条目。"), "没有这个条目 (no entry " + id + ")", null));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        String m = e.getMessage();
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.BAD_REQUEST, RequestProblems.TITLE,
                ApiProblems.chinese(m) ? m : RULES), m, null);
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
