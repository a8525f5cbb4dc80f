package org.civicchat.nlp;

import com.hankcs.hanlp.HanLP;

import java.util.Locale;

/**
 * Folds the ways residents type the same thing into one form: full-width to half-width, traditional to
 * simplified, lower case, emoji and control characters dropped, runs of white space collapsed.
 * It does not fix typos or homophones; synonyms and the FAQ alternates handle those.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> appendFolded(out, cp));
        String simplified = HanLP.convertToSimplifiedChinese(out.toString());
        return simplified.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static void appendFolded(StringBuilder out, int cp) {
        if (cp == 0x3000) {
            out.append(' ');
        } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
            out.append((char) (cp - 0xFEE0));
        } else if (isNoise(cp)) {
            out.append(' ');
        } else {
            out.appendCodePoint(cp);
        }
    }

    private static boolean isNoise(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.OTHER_SYMBOL || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0x1F000 && cp <= 0x1FAFF);
    }
}
