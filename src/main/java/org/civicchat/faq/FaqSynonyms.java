package org.civicchat.faq;

import java.util.List;

/**
 * Words that mean the same as a word of a question, used to widen the FAQ search. Any
 * {@code Function<String, List<String>>} fits as {@code function::apply}.
 */
@FunctionalInterface
public interface FaqSynonyms {

    /** Synonyms of {@code word} (folded form), without the word itself; empty when there are none. */
    List<String> of(String word);

    FaqSynonyms NONE = word -> List.of();
}
