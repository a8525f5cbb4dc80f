package org.civicchat.privacy;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal numbers and addresses found by their shape, in this order (an earlier kind wins an overlap):
 * e-mail addresses, 18-digit ID-card numbers (with a final X), bank card numbers (16 to 19 digits, plain or in
 * groups of four), mainland mobile numbers (any single spaces, dots or dashes between digits, an optional
 * +86/0086/86 prefix), landlines with an area code (010-12345678, 0371 6688 1234, (021)12345678).
 * Runs on {@link Folding folded} text, so full-width digits count as digits.
 * <p>
 * Not handled: landlines written without an area code (an 8-digit run is as often a date or an amount), 15-digit
 * ID-card numbers of the old format, passport numbers, licence plates.
 */
final class NumberMasks {

    private static final String NO_DIGIT_BEFORE = "(?<![0-9])";
    private static final String NO_DIGIT_AFTER = "(?![0-9])";
    private static final String SEP = "[ .\\-]";

    record Rule(String kind, Pattern pattern, Function<MatchResult, String> masked) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("email", Pattern.compile("(?<![A-Za-z0-9._%+\\-])([A-Za-z0-9])[A-Za-z0-9._%+\\-]*@"
                    + "([A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,})"),
                    m -> m.group(1) + "***@" + m.group(2)),
            new Rule("id-card", Pattern.compile(NO_DIGIT_BEFORE + "([1-9][0-9]{5})" + SEP + "?"
                    + "((?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))" + SEP + "?"
                    + "([0-9]{3}[0-9Xx])(?![0-9A-Za-z])"),
                    m -> m.group(1) + "********" + tail(m.group(3), 4)),
            new Rule("bank-card", Pattern.compile(NO_DIGIT_BEFORE + "[0-9]{4}(?:" + SEP + "?[0-9]{4}){3}"
                    + "(?:" + SEP + "?[0-9]{1,3})?" + NO_DIGIT_AFTER),
                    m -> {
                        String digits = digits(m.group());
                        return digits.substring(0, 4) + "*".repeat(digits.length() - 8) + tail(digits, 4);
                    }),
            new Rule("mobile", Pattern.compile(NO_DIGIT_BEFORE + "((?:\\(?(?:\\+|00)?86\\)?" + SEP + "{0,2})?)"
                    + "(1[3-9](?:" + SEP + "{0,2}[0-9]){9})" + NO_DIGIT_AFTER),
                    m -> {
                        String digits = digits(m.group(2));
                        return m.group(1) + digits.substring(0, 3) + "****" + tail(digits, 4);
                    }),
            new Rule("landline", Pattern.compile(NO_DIGIT_BEFORE + "(\\(?0[1-9][0-9]{1,2}\\)?)" + SEP + "{0,2}"
                    + "([1-9][0-9]{2,3}" + SEP + "?[0-9]{4})" + NO_DIGIT_AFTER),
                    m -> {
                        String local = digits(m.group(2));
                        return digits(m.group(1)) + "-" + "*".repeat(local.length() - 2) + tail(local, 2);
                    }));

    private NumberMasks() {
    }

    /**
     * Finds every personal number in {@code folded} and records its masked form in {@code spans}; a found span
     * is blanked in the working copy so that no later rule matches inside it.
     */
    static void find(String folded, Spans spans) {
        StringBuilder working = new StringBuilder(folded);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(working);
            while (m.find()) {
                spans.add(m.start(), m.end(), rule.masked().apply(m));
            }
            for (Spans.Span s : spans.all()) {
                for (int i = s.start(); i < s.end(); i++) {
                    working.setCharAt(i, '\u203B');
                }
            }
        }
    }

    private static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String tail(String s, int n) {
        return s.substring(Math.max(0, s.length() - n));
    }
}
