package org.civicchat.survey;

import java.util.Locale;
import java.util.Optional;

/** How a question is answered: one option, several options, a rating from 1 to 5, or a short text. */
public enum QuestionKind {
    SINGLE, MULTI, RATING, TEXT;

    public static Optional<QuestionKind> of(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(id.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Answered by picking numbered options. */
    public boolean choice() {
        return this == SINGLE || this == MULTI;
    }
}
