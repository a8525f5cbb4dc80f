package org.civicchat.admin;

import org.civicchat.moderation.InvalidWordList;
import org.civicchat.moderation.ModeratedText;
import org.civicchat.moderation.ModerationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The sensitive-word list for the console: read it, replace it. */
@RestController
class ModerationApi {

    private final ModerationService moderation;

    ModerationApi(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/api/admin/moderation/words")
    Words words() {
        return new Words(moderation.words());
    }

    @PutMapping("/api/admin/moderation/words")
    Words replace(@RequestBody Words body) {
        return new Words(moderation.replace(body.words()));
    }

    record Words(List<String> words) {
    }

    /** Any console API refusing an operator's text for its words, or a bad word list: 400 in Chinese. */
    @RestControllerAdvice
    static class Errors {

        @ExceptionHandler(ModeratedText.class)
        ProblemDetail moderated(ModeratedText e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            p.setTitle("内容含有敏感词");
            p.setProperty("message", e.getMessage());
            p.setProperty("words", e.words());
            return p;
        }

        @ExceptionHandler(InvalidWordList.class)
        ProblemDetail invalid(InvalidWordList e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            p.setTitle("敏感词列表有误");
            p.setProperty("message", e.getMessage());
            return p;
        }
    }
}
