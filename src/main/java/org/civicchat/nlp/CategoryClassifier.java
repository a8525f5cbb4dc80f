package org.civicchat.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the ticket category of a complaint from weighted words and phrases ({@code nlp/categories.txt}),
 * matched longest first on normalised text. Words after 主要/主要是 (or before 主要是这个) count double and words after
 * 顺便/另外 count less, because residents flag the problem they care about that way. It does not understand negation
 * (垃圾桶不满 still counts for sanitation). The categories of the nearest example complaints
 * ({@link ComplaintExamples}) decide when the cue words found no more than one clear word, so a wording the cue
 * file lacks, or names only in passing, still finds its category.
 */
final class CategoryClassifier {

    static final String RESOURCE = "/nlp/categories.txt";
    static final String FALLBACK = "other";
    private static final String NEUTRAL = "neutral";
    private static final double DEFAULT_WEIGHT = 3.0;
    private static final double STRESSED = 2.0;
    private static final double IN_PASSING = 0.4;
    private static final double BEFORE_STRESS = 0.6;
    /** 垃圾桶满了，主要是这个: a stress that points back at what was said before it. */
    private static final Set<String> POINTING_BACK = Set.of("主要是这个", "主要就是这个", "主要是这事", "主要是这件事",
            "主要就是这事", "最主要是这个", "主要说这个");
    private static final double CLEAR_WORD = 3.0;
    /**
     * What the nearest examples' votes are worth together (shares of 1 scaled by this): more than one clear
     * word, so examples in agreement decide when the cue words found no more than one.
     */
    static final double EXAMPLE_VOTE = 4.0;
    /** Cue words this strong (more than one clear word) decide alone: the examples do not vote. */
    static final double CUES_DECIDE = 1.5 * CLEAR_WORD;
    private static final String PROPERTY = "property-community";
    private static final List<String> KEEP_OWN_CATEGORY_IN_COMPOUND = List.of("pets", "environment-sanitation", "noise");

    /** One category's weight for a phrase. */
    private record Cue(String category, double weight) {
    }

    /** The score of every category that any phrase pointed to. */
    record Scores(Map<String, Double> byCategory, boolean stressed) {

        Scores(Map<String, Double> byCategory) {
            this(byCategory, false);
        }

        String best() {
            String best = byCategory.entrySet().stream()
                    .filter(entry -> entry.getValue() > 0)
                    // a tie goes to the id that sorts first, never to whichever the cue file's map iterated first
                    .max(Map.Entry.<String, Double>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey)
                    .orElse(FALLBACK);
            if (best.equals(PROPERTY)) {
                // Inside a compound, garbage, dogs and noise keep their own categories (电梯里有狗尿).
                for (String own : KEEP_OWN_CATEGORY_IN_COMPOUND) {
                    if (byCategory.getOrDefault(own, 0.0) >= CLEAR_WORD) {
                        return own;
                    }
                }
            }
            return best;
        }

        /**
         * These scores plus the nearest examples' votes (shares summing to 1), scaled by {@link #EXAMPLE_VOTE};
         * unchanged when the cue words are sure ({@link #CUES_DECIDE}) or the resident flagged the problem that
         * matters (主要是, 顺便说下), which the sentence model cannot read.
         */
        Scores withVotes(Map<String, Double> votes) {
            if (stressed || bestScore() >= CUES_DECIDE) {
                return this;
            }
            Map<String, Double> combined = new java.util.TreeMap<>(byCategory);
            votes.forEach((category, share) -> combined.merge(category, share * EXAMPLE_VOTE, Double::sum));
            return new Scores(combined);
        }

        double bestScore() {
            return byCategory.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private final PhraseMatcher<List<Cue>> phrases;
    private final PhraseMatcher<Double> emphasis;

    CategoryClassifier(WordFile categories) {
        Map<String, List<Cue>> cues = new HashMap<>();
        categories.sections().forEach((category, entries) -> {
            for (String entry : entries) {
                String[] fields = WordFile.fields(entry);
                double weight = fields.length > 1 ? Double.parseDouble(fields[1]) : DEFAULT_WEIGHT;
                cues.computeIfAbsent(fields[0], phrase -> new ArrayList<>()).add(new Cue(category, weight));
            }
        });
        this.phrases = new PhraseMatcher<>(cues);
        Map<String, Double> markers = new HashMap<>(Map.of(
                "主要", STRESSED, "主要是", STRESSED, "最主要", STRESSED, "关键是", STRESSED, "重点是", STRESSED,
                "顺便", IN_PASSING, "顺带", IN_PASSING, "另外", IN_PASSING, "还有就是", IN_PASSING));
        POINTING_BACK.forEach(marker -> markers.put(marker, STRESSED));
        this.emphasis = new PhraseMatcher<>(markers);
    }

    Scores score(String normalized) {
        List<PhraseMatcher.Match<Double>> markers = emphasis.findLongest(normalized);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (PhraseMatcher.Match<List<Cue>> match : phrases.findLongest(normalized)) {
            double factor = emphasisAt(markers, match.start());
            for (Cue cue : match.value()) {
                if (!cue.category().equals(NEUTRAL)) {
                    scores.merge(cue.category(), cue.weight() * factor, Double::sum);
                }
            }
        }
        return new Scores(scores, !markers.isEmpty());
    }

    /** The factor of the last marker before a position; before a 主要是, what came first counts less. */
    private static double emphasisAt(List<PhraseMatcher.Match<Double>> markers, int position) {
        double factor = 1.0;
        for (PhraseMatcher.Match<Double> marker : markers) {
            boolean pointsBack = POINTING_BACK.contains(marker.phrase());
            if (marker.end() <= position) {
                factor = pointsBack ? 1.0 : marker.value();
            } else if (factor == 1.0 && marker.value() == STRESSED) {
                factor = pointsBack ? STRESSED : BEFORE_STRESS;
                break;
            }
        }
        return factor;
    }
}
