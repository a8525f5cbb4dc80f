package org.civicchat.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Shows a question only when an earlier answer picked one of {@code anyOf}: option indexes (0-based) for
 * single and multi questions, rating values (1–5) for rating questions.
 */
public record ShowIf(String question, List<Integer> anyOf) {

    public ShowIf {
        anyOf = anyOf == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(anyOf));
    }
}
