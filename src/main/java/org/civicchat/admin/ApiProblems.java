package org.civicchat.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The console API's errors as RFC 9457 problems ({@code application/problem+json}): a short Chinese
 * {@code title}, a Chinese {@code detail} the console shows as it is, and each bad input as
 * {@code errors: [{field, message}]}. Fields that scripts read from the first API ({@code error},
 * {@code message}, {@code field}, {@code problems}, {@code fields}) stay beside them: added, never renamed.
 */
final class ApiProblems {

    private ApiProblems() {
    }

    /** One bad input: {@code field} the JSON path ("questions[1].correct"), {@code message} Chinese. */
    record FieldError(String field, String message) {
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }

    /** 400 naming the bad inputs; the detail is their messages in one sentence. */
    static ProblemDetail invalid(String title, List<FieldError> errors) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, title,
                errors.stream().map(FieldError::message).distinct().collect(Collectors.joining("；")));
        p.setProperty("errors", errors);
        return p;
    }

    /** A problem with the first API's {@code error} (and {@code message}, when given) kept beside it. */
    static ProblemDetail legacy(ProblemDetail p, String error, String message) {
        p.setProperty("error", error);
        if (message != null) {
            p.setProperty("message", message);
        }
        return p;
    }

    static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).body(p);
    }

    /** Whether the text has Chinese in it: what came from our own Chinese messages, not from a parser. */
    static boolean chinese(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
