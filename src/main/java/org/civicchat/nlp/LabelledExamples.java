package org.civicchat.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Example texts, each with a label (a ticket category, an intent), and their sentence vectors: a message's nearest
 * examples and their labels' votes. Neighbours are ranked by similarity, then by label, then by example text, so
 * neither the order of the files nor of their sections changes a result. An example never votes for its own text:
 * a message worded exactly as an example is read from the other examples, as the weights fitted on the examples
 * expect.
 */
final class LabelledExamples {

    /** One example near a message. */
    record Neighbour(String label, String text, double similarity) {
    }

    private record Example(String label, String text, String key) {
    }

    private final List<Example> examples = new ArrayList<>();
    private final VectorMatrix vectors;

    /** @param byLabel example texts by label */
    LabelledExamples(Map<String, List<String>> byLabel, SentenceEmbedder embedder) {
        List<String> texts = new ArrayList<>();
        new TreeMap<>(byLabel).forEach((label, entries) -> {
            for (String entry : entries) {
                examples.add(new Example(label, entry, key(entry)));
                texts.add(entry);
            }
        });
        if (texts.isEmpty()) {
            throw new IllegalStateException("no labelled examples");
        }
        this.vectors = VectorMatrix.of(embedder.embedAll(texts), embedder.dimension());
    }

    /**
     * What one scan tells of a message: its {@code count} nearest examples, nearest first, and its similarity to the
     * nearest example of every label.
     */
    record Neighbourhood(List<Neighbour> nearest, Map<String, Double> nearestByLabel) {
    }

    /** The message's neighbourhood, leaving out an example worded as the message. */
    Neighbourhood read(String message, float[] vector, int count) {
        String own = key(message);
        double[] similarities = vectors.similarities(vector);
        return new Neighbourhood(nearest(own, similarities, count), nearestByLabel(own, similarities));
    }

    /** The {@code count} examples nearest the message, nearest first, leaving out one worded as the message. */
    List<Neighbour> nearest(String message, float[] vector, int count) {
        return nearest(key(message), vectors.similarities(vector), count);
    }

    private List<Neighbour> nearest(String own, double[] similarities, int count) {
        Neighbour[] top = new Neighbour[count];
        int filled = 0;
        for (int e = 0; e < similarities.length; e++) {
            Example example = examples.get(e);
            if (example.key().equals(own)) {
                continue;
            }
            Neighbour candidate = new Neighbour(example.label(), example.text(), similarities[e]);
            int at = filled;
            while (at > 0 && before(candidate, top[at - 1])) {
                at--;
            }
            if (at >= count) {
                continue;
            }
            int last = Math.min(filled, count - 1);
            System.arraycopy(top, at, top, at + 1, last - at);
            top[at] = candidate;
            filled = Math.min(filled + 1, count);
        }
        return List.of(top).subList(0, filled);
    }

    private Map<String, Double> nearestByLabel(String own, double[] similarities) {
        Map<String, Double> best = new HashMap<>();
        for (int e = 0; e < similarities.length; e++) {
            Example example = examples.get(e);
            if (!example.key().equals(own)) {
                best.merge(example.label(), similarities[e], Math::max);
            }
        }
        return best;
    }

    /**
     * The labels of the neighbours as shares summing to 1, a neighbour's vote fading with its distance from the
     * nearest: one {@code sharpness} less similar counts e⁻¹ as much.
     */
    static Map<String, Double> votes(List<Neighbour> neighbours, double sharpness) {
        Map<String, Double> votes = new TreeMap<>();
        if (neighbours.isEmpty()) {
            return votes;
        }
        double total = 0;
        for (Neighbour neighbour : neighbours) {
            double weight = Math.exp((neighbour.similarity() - neighbours.get(0).similarity()) / sharpness);
            votes.merge(neighbour.label(), weight, Double::sum);
            total += weight;
        }
        double sum = total;
        votes.replaceAll((label, weight) -> weight / sum);
        return votes;
    }

    private static String key(String text) {
        return TextNormalizer.normalize(text == null ? "" : text).strip();
    }

    private static boolean before(Neighbour a, Neighbour b) {
        if (a.similarity() != b.similarity()) {
            return a.similarity() > b.similarity();
        }
        int byLabel = a.label().compareTo(b.label());
        return byLabel != 0 ? byLabel < 0 : a.text().compareTo(b.text()) < 0;
    }
}
