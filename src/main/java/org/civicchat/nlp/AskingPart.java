package org.civicchat.nlp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a message that asks, after a story told first (我是刚来社区的志愿者，想先弄清楚检查组考核哪些内容，好帮
 * 居委会准备): from the first clause worded as a question to the last. The story's words weigh as much as the question's in a search,
 * and residents tell a story first more often than our wordings do.
 */
public final class AskingPart {

    private static final Pattern CLAUSE_END = Pattern.compile("[，,。.！!；;？?、~～]+|\\s+");
    /** Fewer characters than this ask nothing a search can find on their own (这是啥, 咋办). */
    private static final int MIN_CHARS = 6;

    private AskingPart() {
    }

    /**
     * The asking part, from the first clause worded as a question to the last, when the text tells something before
     * it and the part is long enough to search.
     */
    public static Optional<String> of(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text).strip();
        Matcher end = CLAUSE_END.matcher(normalized + "。");
        int start = -1;
        int stop = -1;
        int clauseStart = 0;
        while (end.find()) {
            String clause = normalized.substring(clauseStart, Math.min(end.start(), normalized.length()));
            if (!clause.isBlank() && QuestionForm.asks(clause)) {
                start = start < 0 ? clauseStart : start;
                stop = Math.min(end.start(), normalized.length());
            }
            clauseStart = Math.min(end.end(), normalized.length());
        }
        if (start <= 0) {
            return Optional.empty();
        }
        String asking = normalized.substring(start, stop).strip();
        long chars = asking.codePoints().filter(Character::isLetterOrDigit).count();
        return chars >= MIN_CHARS ? Optional.of(asking) : Optional.empty();
    }
}
