package org.civicchat.survey;

import java.util.Map;

/**
 * At most {@code limits.get(option)} completed answer sets per option of the single-choice {@code question}
 * (typically "您所在的社区"); options without a limit are unlimited.
 */
public record Quota(String question, Map<String, Integer> limits) {

    public Quota {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }
}
