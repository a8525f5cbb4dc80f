package org.civicchat.nlp;

/**
 * A normalised text that remembers, for each of its chars, which char of the raw text it came from, so a
 * span found in the normalised text can be cut out of the raw text exactly as the resident typed it.
 */
public record NormalizedText(String raw, String text, int[] rawIndex) {

    /** The raw substring behind {@code text.substring(start, end)}; an empty span gives an empty string. */
    public String rawSpan(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") outside 0.." + text.length());
        }
        if (start == end) {
            return "";
        }
        return raw.substring(rawIndex[start], rawIndex[end - 1] + 1);
    }

    /**
     * The raw offset of a normalised offset: a char's own raw index, and for the end of the text the end of
     * its last raw char (what follows it, dropped emoji or spaces, is no part of any word).
     */
    public int rawOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        if (offset < text.length()) {
            return rawIndex[offset];
        }
        return text.isEmpty() ? 0 : rawIndex[offset - 1] + 1;
    }
}
