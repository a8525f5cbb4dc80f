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

    /** @param field the JSON path of the bad field, e.g. "questions[1].correct" */
    public record Problem(String field, String message) {
    }
}
