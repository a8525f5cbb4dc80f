package org.civicchat.nlp;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a message reads next to our labelled example messages, by intent id ({@code complaint}, {@code faq},
 * {@code ticket_query}, {@code survey}, {@code greeting}, {@code other}).
 *
 * @param votes   the intents of its nearest examples, the nearer weighing more, as shares summing to 1 (an intent
 *                no near example has is absent)
 * @param nearest its cosine similarity to the nearest example of each intent, -1..1
 */
public record IntentLikeness(Map<String, Double> votes, Map<String, Double> nearest) {

    /** Nothing known: no sentence model read the message. */
    public static final IntentLikeness NONE = new IntentLikeness(Map.of(), Map.of());

    public IntentLikeness {
        votes = Collections.unmodifiableMap(new TreeMap<>(votes));
        nearest = Collections.unmodifiableMap(new TreeMap<>(nearest));
    }

    public double vote(Intent intent) {
        return votes.getOrDefault(intent.id(), 0.0);
    }

    public double nearest(Intent intent) {
        return nearest.getOrDefault(intent.id(), -1.0);
    }
}
