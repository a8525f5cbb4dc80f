package org.civicchat.faq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks FAQ entries by lexical and semantic evidence together, with one confidence: the chance, 0..1, that the
 * entry is the one asked about. Per candidate it takes the best cosine similarity of the question's sentence
 * vector to the entry's ways of asking, how far that leads (or trails) the best other entry, the lexical
 * confidence of {@link FaqMatcher} and its lead, and maps them through a logistic model whose weights
 * {@code ConfidenceFitTest} fitted on our own content: each alternate asked against the index without it
 * (right entry = positive, the others = hard negatives) and our off-topic questions
 * ({@code nlp/off-topic.txt}), never on the labelled evaluation sets. Ties go to the entry id that sorts first.
 * It does not look at the answers' vectors (an answer says more than was asked) nor at passages.
 */
final class HybridRanker {

    /** How many entries by similarity are scored besides the lexical candidates. */
    static final int SEMANTIC_CANDIDATES = 8;
    /** Fitted weights of {@link #features}, bias first; {@code ConfidenceFitTest} refits and checks them. */
    static final double[] WEIGHTS = {-7.4, 3.85, 7.15, 1.04, 2.5, 4.92, 9.71, -2.83};

    /** An entry with its evidence and confidence. */
    record Ranked(int ord, double semantic, double lexical, double confidence) {
    }

    /**
     * What is known of a question against an index.
     *
     * @param similarities       every entry's best cosine similarity over its ways of asking
     * @param answerSimilarities every entry's answer's cosine similarity
     * @param lexical            {@link FaqMatcher#matchEntries}, most confident first
     * @param nearMiss           the question's similarity to the nearest of our off-topic questions ({@link NearMisses})
     */
    record Evidence(double[] similarities, double[] answerSimilarities, List<FaqMatcher.Match> lexical,
                    double nearMiss) {
    }

    private final double[] weights;

    HybridRanker() {
        this(WEIGHTS);
    }

    HybridRanker(double[] weights) {
        if (weights.length != WEIGHTS.length) {
            throw new IllegalArgumentException("weights must have " + WEIGHTS.length + " values, got " + weights.length);
        }
        this.weights = weights.clone();
    }

    /** The candidates, most confident first. */
    List<Ranked> rank(FaqIndex index, Evidence evidence) {
        double[] lexicalConfidence = lexicalConfidence(evidence.similarities().length, evidence.lexical());
        List<Ranked> ranked = new ArrayList<>();
        for (int ord : candidates(index, evidence.similarities(), evidence.lexical())) {
            double[] x = features(ord, evidence, lexicalConfidence);
            ranked.add(new Ranked(ord, evidence.similarities()[ord], lexicalConfidence[ord], logistic(weights, x)));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::confidence).reversed()
                .thenComparing(r -> index.entry(r.ord()).id()));
        return ranked;
    }

    /** Every entry's lexical confidence, 0 where {@link FaqMatcher} found nothing. */
    static double[] lexicalConfidence(int entries, List<FaqMatcher.Match> lexical) {
        double[] confidence = new double[entries];
        for (FaqMatcher.Match match : lexical) {
            confidence[match.ord()] = Math.max(confidence[match.ord()], match.confidence());
        }
        return confidence;
    }

    /** The entries worth scoring: the lexical candidates, then the most similar ones. */
    static Set<Integer> candidates(FaqIndex index, double[] similarities, List<FaqMatcher.Match> lexical) {
        Set<Integer> candidates = new LinkedHashSet<>();
        lexical.forEach(match -> candidates.add(match.ord()));
        candidates.addAll(topBySimilarity(index, similarities, SEMANTIC_CANDIDATES));
        return candidates;
    }

    /** The entries of highest similarity, ties by id. */
    static List<Integer> topBySimilarity(FaqIndex index, double[] similarities, int limit) {
        List<Integer> ords = new ArrayList<>(similarities.length);
        for (int i = 0; i < similarities.length; i++) {
            ords.add(i);
        }
        ords.sort(Comparator.<Integer>comparingDouble(i -> -similarities[i]).thenComparing(i -> index.entry(i).id()));
        return ords.subList(0, Math.min(limit, ords.size()));
    }

    /**
     * The evidence for one entry: 1 (bias), its similarity, its lead over the most similar other entry
     * (negative when another is closer), its lexical confidence and lead, its answer's similarity and lead, and how
     * much nearer the question is to one of our off-topic questions than to the entry.
     */
    static double[] features(int ord, Evidence evidence, double[] lexicalConfidence) {
        double[] similarities = evidence.similarities();
        double[] answers = evidence.answerSimilarities();
        return new double[]{1, similarities[ord], similarities[ord] - bestOther(similarities, ord),
                lexicalConfidence[ord], lexicalConfidence[ord] - bestOther(lexicalConfidence, ord),
                answers[ord], answers[ord] - bestOther(answers, ord), evidence.nearMiss() - similarities[ord]};
    }

    private static double bestOther(double[] values, int except) {
        double best = -1;
        for (int i = 0; i < values.length; i++) {
            if (i != except) {
                best = Math.max(best, values[i]);
            }
        }
        return best;
    }

    static double logistic(double[] weights, double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
