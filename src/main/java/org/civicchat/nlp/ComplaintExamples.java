package org.civicchat.nlp;

import java.util.ArrayList;
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

    private record Example(String category, String text) {
    }

    private final List<Example> examples = new ArrayList<>();
    private final VectorMatrix vectors;

    ComplaintExamples(WordFile file, SentenceEmbedder embedder) {
        List<String> categories = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        new TreeMap<>(file.sections()).forEach((category, entries) -> {
            if (!category.isEmpty()) {
                for (String entry : entries) {
                    categories.add(category);
                    texts.add(entry);
                }
            }
        });
        if (texts.isEmpty()) {
            throw new IllegalStateException("no complaint examples in " + RESOURCE);
        }
        List<float[]> vectors = embedder.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            examples.add(new Example(categories.get(i), texts.get(i)));
        }
        this.vectors = VectorMatrix.of(vectors, embedder.dimension());
    }

    Likeness nearest(float[] message) {
        Example[] top = new Example[NEIGHBOURS];
        double[] topSimilarity = new double[NEIGHBOURS];
        int filled = 0;
        double[] similarities = vectors.similarities(message);
        for (int e = 0; e < similarities.length; e++) {
            Example example = examples.get(e);
            double similarity = similarities[e];
            int at = filled;
            while (at > 0 && before(similarity, example, topSimilarity[at - 1], top[at - 1])) {
                at--;
            }
            if (at >= NEIGHBOURS) {
                continue;
            }
            int last = Math.min(filled, NEIGHBOURS - 1);
            System.arraycopy(top, at, top, at + 1, last - at);
            System.arraycopy(topSimilarity, at, topSimilarity, at + 1, last - at);
            top[at] = example;
            topSimilarity[at] = similarity;
            filled = Math.min(filled + 1, NEIGHBOURS);
        }
        Map<String, Double> votes = new TreeMap<>();
        double total = 0;
        for (int i = 0; i < filled; i++) {
            double weight = Math.exp((topSimilarity[i] - topSimilarity[0]) / SHARPNESS);
            votes.merge(top[i].category(), weight, Double::sum);
            total += weight;
        }
        double sum = total;
        votes.replaceAll((category, weight) -> weight / sum);
        return new Likeness(topSimilarity[0], top[0].category(), votes);
    }

    /** Whether an example ranks before another: more similar, else the category id, else the text sorting first. */
    private static boolean before(double similarity, Example example, double otherSimilarity, Example other) {
        if (similarity != otherSimilarity) {
            return similarity > otherSimilarity;
        }
        int byCategory = example.category().compareTo(other.category());
        return byCategory != 0 ? byCategory < 0 : example.text().compareTo(other.text()) < 0;
    }
}
