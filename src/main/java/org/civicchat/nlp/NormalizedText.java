package org.civicchat.nlp;

/**
 * A normalised text that remembers, for each of its chars, which char of the raw text it came from, so a
 * span found in the normalised text can be cut out of the raw text exactly as the resident typed it.
 */
record NormalizedText(String raw, String text, int[] rawIndex) {

    /** The raw substring behind {@code text.substring(start, end)}; an empty span gives an empty string. */
    String rawSpan(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") outside 0.." + text.length());
        }
        if (start == end) {
            return "";
        }
        return raw.substring(rawIndex[start], rawIndex[end - 1] + 1);
    }
}
