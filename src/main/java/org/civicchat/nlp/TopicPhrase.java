package org.civicchat.nlp;

import java.util.List;

/**
 * A text that only names a thing or a service (厨余垃圾, 电梯故障, 犬只登记, 电动车充电), as a resident types into a
 * search box: nouns, nominal verbs and at most one plain verb, nothing that says how or that something happened or
 * is there (乱, 太, 坏了, 有, 是). Such a text may look up a rule as well as report a problem.
 */
final class TopicPhrase {

    private static final int MAX_CHARS = 8;
    private static final int MAX_WORDS = 4;

    private TopicPhrase() {
    }

    static boolean namesOnlyAThing(String normalized, List<Token> tokens) {
        List<Token> words = tokens.stream().filter(token -> !token.nature().startsWith("w")).toList();
        if (words.isEmpty() || words.size() > MAX_WORDS
                || normalized.codePoints().filter(Character::isLetterOrDigit).count() > MAX_CHARS) {
            return false;
        }
        int verbs = 0;
        for (Token token : words) {
            if (isPlainVerb(token.nature())) {
                verbs++;
            } else if (!isNominal(token.nature())) {
                return false;
            }
        }
        return verbs <= 1 && words.size() > verbs;
    }

    /** v and vi, not 是 (vshi), 有 (vyou) or a verb with its complement of result (vl, vf). */
    private static boolean isPlainVerb(String nature) {
        return nature.equals("v") || nature.equals("vi");
    }

    private static boolean isNominal(String nature) {
        return (nature.startsWith("n") && !nature.startsWith("nx")) || nature.equals("vn") || nature.equals("b");
    }
}
