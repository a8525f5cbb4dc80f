package org.civicchat.nlp;

/**
 * The string face of {@link ChineseFold}: the folded text of a message, for code that compares or matches
 * words (commands, cancel words, ticket numbers). The fold itself lives in {@link ChineseFold} only, so the
 * chat, the FAQ index ({@link ChineseFoldCharFilter}) and the duplicate finder fold the same way.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        return ChineseFold.fold(text).text();
    }

    static NormalizedText normalizeWithOffsets(String raw) {
        return ChineseFold.fold(raw);
    }

    /** Folds one char to its normal form without changing the number of chars; used for offset-exact work. */
    static char fold(char c) {
        return ChineseFold.foldChar(c);
    }

    /** Folds every char of a text one to one; the result has the same length. */
    static String foldChars(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ChineseFold.foldChar(chars[i]);
        }
        return new String(chars);
    }
}
