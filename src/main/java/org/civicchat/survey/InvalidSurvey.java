package org.civicchat.survey;

import java.util.List;

/** A survey definition that cannot be opened; {@code problems} name each bad field and why. */
public final class InvalidSurvey extends RuntimeException {

    private final List<Problem> problems;

    public InvalidSurvey(List<Problem> problems) {
        super("invalid survey: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param field   the JSON path of the bad field, e.g. "questions[1].correct"
     * @param message what is wrong, as the first API said it (scripts match on it)
     * @param detail  the same in a Chinese sentence, for the console
     */
    public record Problem(String field, String message, String detail) {

        /** A problem whose one message is already the Chinese sentence (a Bean Validation constraint's). */
        static Problem chinese(String field, String detail) {
            return new Problem(field, detail, detail);
        }
    }
}
