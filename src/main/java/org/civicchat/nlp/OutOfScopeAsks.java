package org.civicchat.nlp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Kinds of ask that the FAQ does not answer whatever they are about ({@code nlp/out-of-scope-asks.txt}): where
 * to buy a thing, which brand, which medicine, a job. The sentence model reads 电动车头盔哪个牌子好 as the helmet
 * rule; the rule does not say which brand to buy.
 */
public final class OutOfScopeAsks {

    static final String RESOURCE = "/nlp/out-of-scope-asks.txt";

    private static final class Holder {
        static final OutOfScopeAsks SHARED = new OutOfScopeAsks(WordFile.fromClasspath(RESOURCE));

        private Holder() {
        }
    }

    /** Kind of ask (its name as a resident reads it) → its words, folded; in name order. */
    private final Map<String, List<String>> kinds = new TreeMap<>();

    OutOfScopeAsks(WordFile file) {
        file.sections().forEach((kind, words) -> {
            if (!kind.isEmpty()) {
                kinds.put(kind, words.stream().map(ChineseFold::foldKeepingLength).sorted().toList());
            }
        });
        if (kinds.isEmpty()) {
            throw new IllegalStateException("word file " + file.source() + " has no kinds of ask");
        }
    }

    public static OutOfScopeAsks shared() {
        return Holder.SHARED;
    }

    /**
     * The first kind of ask (in name order) that the question makes and {@code answerer}'s text (an entry's wordings
     * and answer) never speaks of, by its name.
     */
    public Optional<String> notAnsweredBy(String question, String answerer) {
        String asked = ChineseFold.foldKeepingLength(question);
        String answering = ChineseFold.foldKeepingLength(answerer);
        return kinds.entrySet().stream()
                .filter(kind -> kind.getValue().stream().anyMatch(asked::contains)
                        && kind.getValue().stream().noneMatch(answering::contains))
                .map(Map.Entry::getKey).findFirst();
    }
}
