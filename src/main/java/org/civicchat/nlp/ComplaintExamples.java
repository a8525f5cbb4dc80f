package org.civicchat.nlp;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Our example complaints per ticket category ({@code nlp/complaint-examples.txt}) with their sentence vectors:
 * how much a message reads like a report of a city problem, and which categories its nearest examples belong
 * to. Neighbours are ranked by similarity, then by category id, then by example text, so neither the example
 * order in the file nor the section order changes a result. It does not know whether the problem is real or
 * already fixed, nor which of two problems in one message the resident stresses (the cue words do that).
 */
final class ComplaintExamples {

    static final String RESOURCE = "/nlp/complaint-examples.txt";
    /** How many nearest examples vote for a category. */
    static final int NEIGHBOURS = 5;
    /**
     * How fast a neighbour's vote fades with its distance from the nearest: a neighbour 0.05 less similar
     * counts e⁻¹ as much. Measured leaving each of our examples out in turn, this beat equal votes and the
     * nearest alone.
     */
    static final double SHARPNESS = 0.05;

    /**
     * How like a complaint a message reads.
     *
     * @param similarity its best similarity to an example, -1..1
     * @param category   that example's category
     * @param votes      the categories of its {@link #NEIGHBOURS} nearest examples, the nearer weighing more
     *                   ({@link #SHARPNESS}), as shares summing to 1 (by category id)
     */
    record Likeness(double similarity, String category, Map<String, Double> votes) {

        Likeness {
            votes = Collections.unmodifiableMap(new TreeMap<>(votes));
        }
    }

    private final LabelledExamples examples;

    ComplaintExamples(WordFile file, SentenceEmbedder embedder) {
        Map<String, List<String>> byCategory = new TreeMap<>(file.sections());
        byCategory.remove("");
        if (byCategory.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalStateException("no complaint examples in " + RESOURCE);
        }
        this.examples = new LabelledExamples(byCategory, embedder);
    }

    /** @param text the message as the resident wrote it; an example worded the same is left out */
    Likeness nearest(String text, float[] message) {
        List<LabelledExamples.Neighbour> top = examples.nearest(text, message, NEIGHBOURS);
        if (top.isEmpty()) {
            return new Likeness(-1, "other", Map.of());
        }
        return new Likeness(top.get(0).similarity(), top.get(0).label(), LabelledExamples.votes(top, SHARPNESS));
    }
}
