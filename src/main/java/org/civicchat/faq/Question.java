package org.civicchat.faq;

import java.util.List;

/**
 * A resident's question as the FAQ search sees it.
 *
 * @param folded   the text after {@link org.civicchat.nlp.ChineseFold#foldKeepingLength}
 * @param concepts what the question is about, each with the ways it may be worded
 * @param bigrams  the distinct Han character pairs of the text
 * @param bare     whether the text is little more than its concepts, such as {@code 志愿者} or {@code 垃圾分类？}:
 *                 a topic without a question about it
 */
record Question(String folded, List<Concept> concepts, List<String> bigrams, boolean bare) {

    /**
     * One thing the question mentions: a word, or a phrase of the synonym file.
     *
     * @param text     as typed (folded)
     * @param forms    the analyzed tokens of each wording; the first is what was typed, the others synonyms
     * @param salience how much the word says what the question is about, by its part of speech: 1 for nouns and
     *                 phrases of the synonym file, less for verbs, adjectives and numbers, least for the rest
     */
    record Concept(String text, List<List<String>> forms, double salience) {

        List<String> typed() {
            return forms.get(0);
        }
    }

    boolean isEmpty() {
        return concepts.isEmpty() && bigrams.isEmpty();
    }
}
