package org.civicchat.survey;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a resident's answer to one question: numbers ("2", full-width "２", "第2个", "第二项", "2、3" for
 * several), or an option's text ("网格化管理"), or a rating ("5", "5分", "五星", "非常满意").
 * Does not handle letters (A/B), ranges ("1-3") or negations ("除了2都选").
 */
final class AnswerParser {

    static final int MAX_TEXT = 300;
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/\\s]+|和|及|与|还有");
    private static final Pattern NUMBER = Pattern.compile("第?([0-9]{1,2}|[一二两三四五六七八九十]{1,2})(?:个|项|条|号|分|星|颗星|选项)?");
    private static final String TRAILING = "。.!！~～";
    private static final Set<String> SKIPS = Set.of("跳过", "无", "没有", "暂无", "不填");

    private AnswerParser() {
    }

    static Optional<Answer> parse(Question question, String raw) {
        String text = normalize(raw);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (question.type()) {
            case TEXT -> Optional.of(Answer.text(SKIPS.contains(text) ? "" : text));
            case RATING -> oneOf(question.choices(), text).map(i -> Answer.picks(List.of(i + 1)));
            case SINGLE -> oneOf(question.choices(), text).map(i -> Answer.picks(List.of(i)));
            case MULTI -> several(question.choices(), text).map(Answer::picks);
        };
    }

    /** Full-width to half-width, trimmed, trailing punctuation off; the text question keeps its inner text. */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        int end = text.length();
        while (end > 0 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        text = text.substring(0, end).strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static Optional<Integer> oneOf(List<String> options, String text) {
        Optional<Integer> byText = byOptionText(options, text);
        if (byText.isPresent()) {
            return byText;
        }
        return number(text, options.size());
    }

    private static Optional<List<Integer>> several(List<String> options, String text) {
        Optional<Integer> whole = byOptionText(options, text);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        Set<Integer> picked = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>(List.of(SEPARATORS.split(text)));
        parts.removeIf(String::isBlank);
        if (parts.size() == 1 && parts.get(0).matches("[0-9]{2,}") && options.size() <= 9) {
            parts = List.of(parts.get(0).split(""));
        }
        for (String part : parts) {
            Optional<Integer> one = number(part, options.size()).or(() -> byOptionText(options, part));
            if (one.isEmpty()) {
                return Optional.empty();
            }
            picked.add(one.get());
        }
        return picked.isEmpty() ? Optional.empty() : Optional.of(picked.stream().sorted().toList());
    }

    /** "2", "第2个", "第二项", "5分" → the 0-based index when in range. */
    private static Optional<Integer> number(String text, int count) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = parseNumber(m.group(1));
        return n >= 1 && n <= count ? Optional.of(n - 1) : Optional.empty();
    }

    private static int parseNumber(String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        String chinese = "一二三四五六七八九";
        if (digits.equals("十")) {
            return 10;
        }
        if (digits.length() == 2 && digits.charAt(0) == '十') {
            return 10 + chinese.indexOf(digits.charAt(1)) + 1;
        }
        if (digits.length() == 1) {
            return digits.equals("两") ? 2 : chinese.indexOf(digits.charAt(0)) + 1;
        }
        return -1;
    }

    /**
     * The option the text names: equal to it; else the longest option the text contains (when no other option
     * of that length is contained too); else the one option containing the text (two characters or more).
     */
    private static Optional<Integer> byOptionText(List<String> options, String text) {
        String wanted = fold(text);
        for (int i = 0; i < options.size(); i++) {
            if (fold(options.get(i)).equals(wanted)) {
                return Optional.of(i);
            }
        }
        int best = -1;
        boolean tie = false;
        for (int i = 0; i < options.size(); i++) {
            String option = fold(options.get(i));
            if (!option.isEmpty() && wanted.contains(option)) {
                if (best < 0 || option.length() > fold(options.get(best)).length()) {
                    best = i;
                    tie = false;
                } else if (option.length() == fold(options.get(best)).length()) {
                    tie = true;
                }
            }
        }
        if (best >= 0 && !tie) {
            return Optional.of(best);
        }
        if (wanted.length() < 2) {
            return Optional.empty();
        }
        int containing = -1;
        for (int i = 0; i < options.size(); i++) {
            if (fold(options.get(i)).contains(wanted)) {
                if (containing >= 0) {
                    return Optional.empty();
                }
                containing = i;
            }
        }
        return containing >= 0 ? Optional.of(containing) : Optional.empty();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s，,。.、；;：:！!？?“”\"'（）()]", "");
    }
}
