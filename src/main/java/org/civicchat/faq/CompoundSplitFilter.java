package org.civicchat.faq;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Splits a long word into the shorter words it is made of when HanLP's core dictionary has every part and each part
 * has two characters or more: {@code 全国文明典范城市} becomes {@code 全国 文明 典范 城市}, {@code 人民公园} becomes
 * {@code 人民 公园}. The campaign dictionary keeps such compounds whole, which is right for recognising them but
 * makes a question that says {@code 典范城市} miss an answer that says {@code 全国文明典范城市}. The fewest parts win;
 * each part keeps the word's attributes with its own offsets and one position.
 *
 * <p>It does not handle: words with a part the core dictionary lacks ({@code 厨余垃圾} stays whole), words of fewer
 * than four characters ({@code 志愿者}), or choosing between splits by meaning.
 */
final class CompoundSplitFilter extends TokenFilter {

    static final int MIN_CHARS = 4;
    static final int MAX_CHARS = 16;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final Deque<int[]> parts = new ArrayDeque<>();
    private AttributeSource.State word;
    private String wordText;

    CompoundSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            emitPart(parts.removeFirst(), false);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (termAtt.length() < MIN_CHARS || termAtt.length() > MAX_CHARS) {
            return true;
        }
        int[] cuts = split(termAtt.toString());
        if (cuts == null) {
            return true;
        }
        wordText = termAtt.toString();
        word = captureState();
        for (int i = 0; i + 1 < cuts.length; i++) {
            parts.addLast(new int[] {cuts[i], cuts[i + 1]});
        }
        emitPart(parts.removeFirst(), true);
        return true;
    }

    /**
     * The word's attributes with the part's text; its offsets within the word's when the word's offsets span as
     * many chars as its text (else a char filter changed the length, and every part gets the word's offsets).
     */
    private void emitPart(int[] part, boolean first) {
        restoreState(word);
        int wordStart = offsetAtt.startOffset();
        int wordEnd = offsetAtt.endOffset();
        termAtt.setEmpty().append(wordText, part[0], part[1]);
        if (wordEnd - wordStart == wordText.length()) {
            offsetAtt.setOffset(wordStart + part[0], wordStart + part[1]);
        }
        if (!first) {
            posIncAtt.setPositionIncrement(1);
        }
    }

    /** Cut points (0, ..., length) of the split into the fewest dictionary words of 2+ chars, or null. */
    static int[] split(String word) {
        int n = word.length();
        int[] parts = new int[n + 1];
        int[] previous = new int[n + 1];
        Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        for (int i = 0; i < n; i++) {
            if (parts[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int j = i + 2; j <= n; j++) {
                if (parts[i] + 1 < parts[j] && CoreDictionary.contains(word.substring(i, j))) {
                    parts[j] = parts[i] + 1;
                    previous[j] = i;
                }
            }
        }
        if (parts[n] == Integer.MAX_VALUE || parts[n] < 2) {
            return null;
        }
        int[] cuts = new int[parts[n] + 1];
        for (int j = n, k = parts[n]; k >= 0; k--) {
            cuts[k] = j;
            j = previous[j];
        }
        return cuts;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
        word = null;
        wordText = null;
    }
}
