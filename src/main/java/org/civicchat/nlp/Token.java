package org.civicchat.nlp;

/**
 * One word of a segmented text: {@code word} is exactly {@code text.substring(start, end)} of the text that was
 * segmented, offsets are char indexes into it, {@code nature} is HanLP's part of speech (ns place, nz proper noun).
 */
public record Token(String word, String nature, int start, int end) {
}
