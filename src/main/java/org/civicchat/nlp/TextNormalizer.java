package org.civicchat.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds the ways residents type the same thing into one form: full-width to half-width, traditional to
 * simplified, lower case, emoji and control characters dropped, runs of white space collapsed.
 * <p>
 * Every kept char maps to exactly one char (traditional to simplified is done char by char, never by
 * phrase), so {@link NormalizedText} can map any span back to the raw text. The price: the few traditional
 * chars whose simplified form depends on the word (乾 in 乾坤) are always simplified the same way.
 * It does not fix typos or homophones; synonyms and the FAQ alternates handle those.
 */
public final class TextNormalizer {

    private static final String T2S_RESOURCE = "/data/dictionary/tc/t2s.txt";
    private static final char[] SIMPLIFIED = loadCharTable();

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        return normalizeWithOffsets(text).text();
    }

    static NormalizedText normalizeWithOffsets(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new NormalizedText(raw == null ? "" : raw, "", new int[0]);
        }
        StringBuilder out = new StringBuilder(raw.length());
        int[] rawIndex = new int[raw.length()];
        boolean pendingSpace = false;
        int pendingSpaceAt = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int width = Character.charCount(cp);
            if (isSpace(cp)) {
                if (!pendingSpace) {
                    pendingSpaceAt = i;
                }
                pendingSpace = true;
            } else if (!isNoise(cp)) {
                if (pendingSpace && out.length() > 0) {
                    rawIndex[out.length()] = pendingSpaceAt;
                    out.append(' ');
                }
                pendingSpace = false;
                for (int k = 0; k < width; k++) {
                    rawIndex[out.length()] = i + k;
                    out.append(fold(raw.charAt(i + k)));
                }
            }
            i += width;
        }
        int[] trimmed = new int[out.length()];
        System.arraycopy(rawIndex, 0, trimmed, 0, out.length());
        return new NormalizedText(raw, out.toString(), trimmed);
    }

    /** Folds one char to its normal form without changing the number of chars; used for offset-exact work. */
    static char fold(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c = (char) (c - 0xFEE0);
        } else if (c == 0x3000) {
            return ' ';
        }
        char simplified = SIMPLIFIED[c];
        if (simplified != 0) {
            c = simplified;
        }
        return Character.toLowerCase(c);
    }

    /** Folds every char of a text one to one; the result has the same length. */
    static String foldChars(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isNoise(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.OTHER_SYMBOL || type == Character.ENCLOSING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }

    /** HanLP's traditional-to-simplified table, keeping only its one-char-to-one-char entries. */
    private static char[] loadCharTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        try (InputStream in = TextNormalizer.class.getResourceAsStream(T2S_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("HanLP table " + T2S_RESOURCE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int eq = line.indexOf('=');
                if (eq == 1 && line.length() == 3 && line.charAt(0) != line.charAt(2)) {
                    table[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + T2S_RESOURCE, e);
        }
        return table;
    }
}
