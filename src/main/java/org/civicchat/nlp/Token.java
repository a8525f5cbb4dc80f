package org.civicchat.nlp;

/** One word of a segmented text; offsets are char indexes into the text that was segmented. */
public record Token(String word, String nature, int start, int end) {
}
