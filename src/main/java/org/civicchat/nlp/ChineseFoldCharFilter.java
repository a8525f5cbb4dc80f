package org.civicchat.nlp;

import org.apache.lucene.analysis.CharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * {@link ChineseFold} as a Lucene char filter: what a tokenizer after it reads is exactly the text the chat's
 * understanding works on, and {@link #correctOffset} maps every offset back to the text as typed (dropped emoji
 * and collapsed spaces included), so highlights and spans cut the resident's own characters.
 *
 * <p>It does not handle: streaming (the whole input is read into memory on the first read; our texts are
 * questions, complaints and FAQ entries of at most a few thousand chars), or anything {@link ChineseFold} does
 * not fold.
 */
public final class ChineseFoldCharFilter extends CharFilter {

    private NormalizedText folded;
    private int position;

    public ChineseFoldCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = ChineseFold.fold(readAll(input));
        }
        String text = folded.text();
        if (position >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - position);
        text.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    @Override
    protected int correct(int currentOff) {
        if (folded == null) {
            return currentOff;
        }
        // The end of the folded text is the end of the input, as Lucene's final offset must be: a last word's
        // end then takes in the emoji or spaces after it.
        return currentOff >= folded.text().length() ? folded.raw().length() : folded.rawOffset(currentOff);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1024];
        int n;
        while ((n = reader.read(chunk)) != -1) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }
}
