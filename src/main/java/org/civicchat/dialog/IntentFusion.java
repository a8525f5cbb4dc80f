package org.civicchat.dialog;

import org.civicchat.faq.FaqDecision;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.nlp.IntentLikeness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last word on a message's intent: a small multinomial logistic model over what the cue rules and the FAQ
 * decided ({@link Understanding}'s weighing) and what the sentence model reads (the intents of the nearest example
 * messages, {@link IntentLikeness}). Its weights ({@code dialog/intent-weights.tsv}) are fitted by
 * {@link IntentWeightsFit} on our own example messages only, each read without itself, so they learn how far the
 * rules can be trusted on wording nobody tuned them for. A ticket number always asks about that ticket.
 */
final class IntentFusion {

    static final String RESOURCE = "/dialog/intent-weights.tsv";
    /** The intents in the weights file's column order. */
    static final List<Intent> INTENTS = List.of(Intent.COMPLAINT, Intent.FAQ, Intent.TICKET_QUERY, Intent.SURVEY,
            Intent.GREETING, Intent.OTHER);
    /** The features in the weights file's row order. */
    static final List<String> FEATURES = features();

    private final double[][] weights;

    IntentFusion(double[][] weights) {
        if (weights.length != FEATURES.size() || Arrays.stream(weights).anyMatch(row -> row.length != INTENTS.size())) {
            throw new IllegalArgumentException("intent weights need " + FEATURES.size() + " rows of " + INTENTS.size());
        }
        this.weights = weights;
    }

    static IntentFusion fromClasspath() {
        try (InputStream in = IntentFusion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new IntentFusion(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability of each intent for a weighed message, by intent id, in {@link #INTENTS} order. */
    Map<String, Double> probabilities(Understanding.Understood weighed) {
        double[] x = features(weighed);
        double[] z = new double[INTENTS.size()];
        for (int f = 0; f < x.length; f++) {
            for (int k = 0; k < z.length; k++) {
                z[k] += x[f] * weights[f][k];
            }
        }
        double[] p = softmax(z);
        Map<String, Double> byIntent = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) {
            byIntent.put(INTENTS.get(k).id(), p[k]);
        }
        return byIntent;
    }

    /** The intent of highest probability; a tie goes to the first in {@link #INTENTS}. */
    Intent choose(Understanding.Understood weighed) {
        if (weighed.analysis().ticketNumber() != null) {
            return Intent.TICKET_QUERY;
        }
        Map<String, Double> p = probabilities(weighed);
        Intent best = INTENTS.get(0);
        for (Intent intent : INTENTS) {
            if (p.get(intent.id()) > p.get(best.id())) {
                best = intent;
            }
        }
        return best;
    }

    /** What the model weighs, in {@link #FEATURES} order. */
    static double[] features(Understanding.Understood weighed) {
        Analysis analysis = weighed.analysis();
        IntentLikeness likeness = analysis.intentLikeness();
        List<Double> x = new ArrayList<>();
        INTENTS.forEach(intent -> x.add(analysis.intent() == intent ? 1.0 : 0.0));
        INTENTS.forEach(intent -> x.add(likeness.vote(intent)));
        INTENTS.forEach(intent -> x.add(likeness.nearest(intent)));
        FaqDecision faq = weighed.faq();
        boolean offered = faq != null && (faq.kind() == FaqDecision.Kind.ANSWER || faq.kind() == FaqDecision.Kind.CLARIFY);
        x.add(offered ? faq.confidence() : 0.0);
        x.add(analysis.questionForm() ? 1.0 : 0.0);
        x.add(analysis.location() != null ? 1.0 : 0.0);
        x.add(analysis.ticketNumber() != null ? 1.0 : 0.0);
        x.add(weighed.readings().getOrDefault(Intent.COMPLAINT.id(), 0.0));
        x.add(1.0);
        return x.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] softmax(double[] z) {
        double max = Arrays.stream(z).max().orElse(0);
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** The weights file: a header of intent ids, then one row per feature, its name first. */
    static double[][] parse(String tsv) {
        String[] lines = tsv.strip().split("\n");
        String expectedHeader = "feature\t" + String.join("\t", INTENTS.stream().map(Intent::id).toList());
        if (!lines[0].strip().equals(expectedHeader)) {
            throw new IllegalArgumentException("intent weights header must be: " + expectedHeader);
        }
        double[][] weights = new double[lines.length - 1][];
        for (int f = 1; f < lines.length; f++) {
            String[] cells = lines[f].strip().split("\t");
            if (f - 1 >= FEATURES.size() || !cells[0].equals(FEATURES.get(f - 1))) {
                throw new IllegalArgumentException("intent weights row " + f + " must be " + FEATURES);
            }
            weights[f - 1] = Arrays.stream(cells, 1, cells.length).mapToDouble(Double::parseDouble).toArray();
        }
        return weights;
    }

    static String format(double[][] weights) {
        StringBuilder tsv = new StringBuilder("feature\t")
                .append(String.join("\t", INTENTS.stream().map(Intent::id).toList())).append('\n');
        for (int f = 0; f < weights.length; f++) {
            tsv.append(FEATURES.get(f));
            for (double w : weights[f]) {
                tsv.append('\t').append(String.format(java.util.Locale.ROOT, "%.6f", w));
            }
            tsv.append('\n');
        }
        return tsv.toString();
    }

    private static List<String> features() {
        List<String> names = new ArrayList<>();
        INTENTS.forEach(intent -> names.add("rules_" + intent.id()));
        INTENTS.forEach(intent -> names.add("vote_" + intent.id()));
        INTENTS.forEach(intent -> names.add("nearest_" + intent.id()));
        names.addAll(List.of("faq_confidence", "question_form", "place", "ticket_number", "complaint_reading", "bias"));
        return List.copyOf(names);
    }
}
