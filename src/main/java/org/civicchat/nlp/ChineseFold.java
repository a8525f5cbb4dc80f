package org.civicchat.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one fold of Chinese text that every part of CivicChat applies (the chat's understanding, the FAQ index
 * through {@link ChineseFoldCharFilter}, the duplicate finder): full-width forms to ASCII, the ideographic
 * space to a space, traditional to simplified char by char (HanLP's one-char table), upper to lower case;
 * emoji, control, format and private-use characters dropped; runs of white space collapsed to one space,
 * none at the start.
 *
 * <p>Every kept char maps to exactly one char, so {@link NormalizedText} maps any span back to the raw text.
 * It does not handle: traditional words whose simplified form depends on the word (乾 in 乾坤 is always 干),
 * typos or homophones (synonyms and the FAQ alternates do), trailing white space (kept as one space).
 */
public final class ChineseFold {

    private static final String T2S_RESOURCE = "/data/dictionary/tc/t2s.txt";
    private static final char[] SIMPLIFIED = loadCharTable();

    private ChineseFold() {
    }

    /** The folded text with, for each of its chars, the index of the raw char it came from. */
    public static NormalizedText fold(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new NormalizedText(raw == null ? "" : raw, "", new int[0]);
        }
        StringBuilder out = new StringBuilder(raw.length());
        int[] rawIndex = new int[raw.length()];
        boolean pendingSpace = false;
        int keptEnd = 0; // the raw end of the last kept char: a collapsed gap starts there, so a word ends there
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int width = Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = true;
            } else if (!isNoise(cp)) {
                if (pendingSpace && out.length() > 0) {
                    rawIndex[out.length()] = keptEnd;
                    out.append(' ');
                }
                pendingSpace = false;
                for (int k = 0; k < width; k++) {
                    rawIndex[out.length()] = i + k;
                    out.append(foldChar(raw.charAt(i + k)));
                }
                keptEnd = i + width;
            }
            i += width;
        }
        int[] trimmed = new int[out.length()];
        System.arraycopy(rawIndex, 0, trimmed, 0, out.length());
        return new NormalizedText(raw, out.toString(), trimmed);
    }

    /**
     * The same fold without dropping anything: each char folded, each space, emoji or control char (each half
     * of a surrogate pair) replaced by a space, so the result has the input's length and its offsets.
     */
    public static String foldKeepingLength(String text) {
        if (text == null) {
            return "";
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean blank = isSpace(cp) || isNoise(cp);
            for (int k = 0; k < width; k++) {
                out[i + k] = blank ? ' ' : foldChar(text.charAt(i + k));
            }
            i += width;
        }
        return new String(out);
    }

    /** Folds one char to its normal form: width, traditional, case. */
    public static char foldChar(char c) {
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

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    static boolean isNoise(int cp) {
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
        try (InputStream in = ChineseFold.class.getResourceAsStream(T2S_RESOURCE)) {
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
