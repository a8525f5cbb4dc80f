package org.civicchat.faq;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;

/**
 * Overlapping pairs of Han characters ({@code 公筷公勺} gives {@code 公筷 筷公 公勺}), a lone Han character as
 * itself, and runs of other letters or digits as one token each; everything else separates. It makes matches
 * that do not depend on where HanLP puts word boundaries, and keeps a partial match when one character of a
 * word is mistyped.
 *
 * <p>It does not handle: folding (put {@link org.civicchat.nlp.ChineseFoldCharFilter} before it), stop words, homophone typos that
 * change every pair of a word. It reads its whole input into memory.
 */
final class CharBigramTokenizer extends Tokenizer {

    static final String TYPE_BIGRAM = "<BIGRAM>";
    static final String TYPE_SINGLE = "<SINGLE>";
    static final String TYPE_WORD = "<WORD>";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private String text;
    private int position;

    @Override
    public boolean incrementToken() throws IOException {
        if (text == null) {
            text = readAll();
        }
        while (position < text.length()) {
            int start = position;
            int cp = text.codePointAt(start);
            if (!isHan(cp)) {
                if (Character.isLetterOrDigit(cp)) {
                    return emitWord();
                }
                position += Character.charCount(cp);
                continue;
            }
            int second = start + Character.charCount(cp);
            position = second;
            if (second < text.length() && isHan(text.codePointAt(second))) {
                emit(start, second + Character.charCount(text.codePointAt(second)), TYPE_BIGRAM);
                return true;
            }
            if (start == 0 || !isHan(text.codePointBefore(start))) {
                emit(start, second, TYPE_SINGLE);
                return true;
            }
        }
        return false;
    }

    private boolean emitWord() {
        int start = position;
        while (position < text.length()) {
            int cp = text.codePointAt(position);
            if (isHan(cp) || !Character.isLetterOrDigit(cp)) {
                break;
            }
            position += Character.charCount(cp);
        }
        emit(start, position, TYPE_WORD);
        return true;
    }

    private void emit(int start, int end, String type) {
        clearAttributes();
        termAtt.setEmpty().append(text, start, end);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        typeAtt.setType(type);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(text == null ? 0 : text.length());
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = null;
        position = 0;
    }

    private String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        char[] chunk = new char[1024];
        int n;
        while ((n = input.read(chunk)) != -1) {
            all.append(chunk, 0, n);
        }
        return all.toString();
    }
}
