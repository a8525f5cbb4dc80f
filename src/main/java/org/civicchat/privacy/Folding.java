package org.civicchat.privacy;

/**
 * Folds the characters a personal number may be written with (full-width digits, plus, minus, at sign, dot,
 * parentheses, X, the ideographic space, dash-like punctuation) to ASCII, one char for one char, so that
 * offsets into the folded text are offsets into the original.
 */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\t' -> ' ';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u30FC', '\uFE63' -> '-';
            case '\u3002' -> '.';
            default -> c;
        };
    }
}
