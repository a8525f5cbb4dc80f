package org.civicchat.faq;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One FAQ entry as written in {@code faq/<group>.yaml}.
 *
 * @param next  a line suggesting what to ask next, or null
 * @param links further reading, possibly empty
 */
public record FaqEntry(String id, String group, String question, List<String> alternates, String answer,
                       @Nullable String next, List<FaqLink> links) {

    public FaqEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        alternates = List.copyOf(alternates);
        links = List.copyOf(links);
    }

    /** The question and its alternates: every way the entry is known to be asked. */
    public List<String> variants() {
        return Stream.concat(Stream.of(question), alternates.stream()).toList();
    }
}
