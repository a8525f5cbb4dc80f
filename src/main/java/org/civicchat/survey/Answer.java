package org.civicchat.survey;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One parsed answer: option indexes (0-based) for single and multi questions, the value 1–5 for a rating
 * (as a one-element list), or the text of a text question. Encoded as a string in Redis.
 */
record Answer(List<Integer> picks, String text) {

    static Answer picks(List<Integer> picks) {
        return new Answer(List.copyOf(picks), null);
    }

    static Answer text(String text) {
        return new Answer(List.of(), text);
    }

    String encode(QuestionKind kind) {
        if (kind == QuestionKind.TEXT) {
            return text;
        }
        return picks.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Answer decode(QuestionKind kind, String raw) {
        if (kind == QuestionKind.TEXT) {
            return text(raw);
        }
        if (raw == null || raw.isEmpty()) {
            return picks(List.of());
        }
        return picks(Arrays.stream(raw.split(",")).map(Integer::valueOf).toList());
    }

    /** Whether this answer picks any of {@code values} (option indexes, or a rating value). */
    boolean matchesAny(List<Integer> values) {
        return picks.stream().anyMatch(values::contains);
    }
}
