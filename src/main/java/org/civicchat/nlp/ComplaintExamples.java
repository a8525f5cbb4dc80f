package org.civicchat.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Our example complaints per ticket category ({@code nlp/complaint-examples.txt}) with their sentence vectors:
 * how much a message reads like a report of a city problem, and which category's examples it is nearest to.
 * Categories are read in id order and ties go to the id that sorts first, so the example order in the file does
 * not change a result. It does not know whether the problem is real or already fixed.
 */
final class ComplaintExamples {

    static final String RESOURCE = "/nlp/complaint-examples.txt";

    /** How like a complaint a message reads: its best similarity to an example and that example's category. */
    record Likeness(double similarity, String category) {
    }

    private final List<String> categories = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();

    ComplaintExamples(WordFile examples, SentenceEmbedder embedder) {
        List<String> texts = new ArrayList<>();
        new TreeMap<>(examples.sections()).forEach((category, entries) -> {
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
        vectors.addAll(embedder.embedAll(texts));
    }

    Likeness nearest(float[] message) {
        double best = -2;
        String category = null;
        for (int i = 0; i < vectors.size(); i++) {
            double similarity = SentenceEmbedder.similarity(message, vectors.get(i));
            if (similarity > best || (similarity == best && categories.get(i).compareTo(category) < 0)) {
                best = similarity;
                category = categories.get(i);
            }
        }
        return new Likeness(best, category);
    }
}
