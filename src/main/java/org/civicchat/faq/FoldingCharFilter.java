package org.civicchat.faq;

import com.hankcs.hanlp.HanLP;
import org.apache.lucene.analysis.CharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * Folds the ways residents type the same text into one form, one char for one char so that offsets into the
 * folded text are offsets into the original: full-width forms to ASCII, the ideographic space to a space,
 * traditional to simplified Chinese, upper to lower case, emoji, control and format characters to spaces.
 * It follows {@link org.civicchat.nlp.TextNormalizer} but keeps the length.
 *
 * <p>It does not handle: traditional phrases whose simplified form has another length (each char is then
 * converted on its own), collapsing white space (kept so offsets line up), typos or homophones. It reads its
 * whole input into memory on the first read.
 */
final class FoldingCharFilter extends CharFilter {

    private char[] folded;
    private int position;

    FoldingCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = fold(readAll(input)).toCharArray();
        }
        if (position >= folded.length) {
            return -1;
        }
        int count = Math.min(length, folded.length - position);
        System.arraycopy(folded, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    /** The folded form of {@code text}, always of the same length. */
    static String fold(String text) {
        char[] out = new char[text.length()];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isNoise(cp)) {
                for (int k = 0; k < width; k++) {
                    out[i + k] = ' ';
                }
            } else if (width == 2) {
                out[i] = text.charAt(i);
                out[i + 1] = text.charAt(i + 1);
            } else {
                out[i] = foldChar((char) cp);
            }
            i += width;
        }
        String halfWidth = new String(out);
        String simplified = HanLP.convertToSimplifiedChinese(halfWidth);
        return simplified.length() == halfWidth.length() ? simplified : simplifyCharByChar(halfWidth);
    }

    private static char foldChar(char c) {
        if (c == '\u3000') {
            return ' ';
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return Character.toLowerCase((char) (c - 0xFEE0));
        }
        return Character.toLowerCase(c);
    }

    private static String simplifyCharByChar(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = String.valueOf(text.charAt(i));
            String simplified = Character.isSurrogate(text.charAt(i)) ? one : HanLP.convertToSimplifiedChinese(one);
            out.append(simplified.length() == 1 ? simplified : one);
        }
        return out.toString();
    }

    private static boolean isNoise(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || type == Character.CONTROL || type == Character.FORMAT
                || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.OTHER_SYMBOL || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0x1F000 && cp <= 0x1FAFF);
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
