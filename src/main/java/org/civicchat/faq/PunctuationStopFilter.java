package org.civicchat.faq;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.util.Objects;

/**
 * Drops tokens that carry no meaning for matching a question: punctuation and symbols (no letter or digit)
 * and the given stop words. Position increments of the dropped tokens are kept.
 *
 * <p>It does not handle: case or width (expects folded text), stop phrases spanning several tokens.
 */
final class PunctuationStopFilter extends FilteringTokenFilter {

    private final CharArraySet stopWords;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    PunctuationStopFilter(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.stopWords = Objects.requireNonNull(stopWords, "stopWords");
    }

    @Override
    protected boolean accept() {
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        return hasLetterOrDigit(buffer, length) && !stopWords.contains(buffer, 0, length);
    }

    private static boolean hasLetterOrDigit(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (Character.isLetterOrDigit(buffer[i])) {
                return true;
            }
        }
        return false;
    }
}
