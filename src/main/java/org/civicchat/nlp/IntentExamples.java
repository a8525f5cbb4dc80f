package org.civicchat.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Our labelled example messages of every intent ({@code nlp/intent-examples.txt}, and the example complaints of
 * {@code nlp/complaint-examples.txt} as {@code complaint}) with their sentence vectors: which intents a message's
 * nearest examples have. It reads wording the cue rules have no word for (工单咋还是待处理, 查一下我名下的工单);
 * it does not see a ticket number's form or which words of a message point back at an earlier report, which
 * the rules do, so {@code dialog.IntentFusion} weighs the two.
 */
final class IntentExamples {

    static final String RESOURCE = "/nlp/intent-examples.txt";
    static final int NEIGHBOURS = 5;
    /** As for the complaint categories: a neighbour 0.05 less similar counts e⁻¹ as much. */
    static final double SHARPNESS = 0.05;

    private final LabelledExamples examples;
    private final Map<String, List<String>> texts;

    IntentExamples(WordFile intents, WordFile complaints, SentenceEmbedder embedder) {
        Map<String, List<String>> byIntent = new HashMap<>();
        intents.sections().forEach((intent, entries) -> {
            if (!intent.isEmpty()) {
                Intent.fromId(intent); // a section that names no intent is a mistake in the file
                byIntent.put(intent, entries);
            }
        });
        byIntent.put(Intent.COMPLAINT.id(), complaints.sections().entrySet().stream()
                .filter(section -> !section.getKey().isEmpty()).flatMap(section -> section.getValue().stream())
                .sorted().toList());
        this.examples = new LabelledExamples(byIntent, embedder);
        this.texts = Map.copyOf(byIntent);
    }

    private static boolean isZero(float[] vector) {
        for (float value : vector) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    /** The example texts by intent id. */
    Map<String, List<String>> texts() {
        return texts;
    }

    /** @param text the message as the resident wrote it; an example worded the same is left out */
    IntentLikeness likeness(String text, float[] vector) {
        if (isZero(vector)) {
            return IntentLikeness.NONE; // nothing the model can read (👍, punctuation): no example is nearer than another
        }
        LabelledExamples.Neighbourhood around = examples.read(text, vector, NEIGHBOURS);
        return new IntentLikeness(LabelledExamples.votes(around.nearest(), SHARPNESS), around.nearestByLabel());
    }
}
