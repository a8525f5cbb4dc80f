package org.civicchat.dialog;

import org.civicchat.faq.FaqService;
import org.civicchat.faq.FaqSettings;
import org.civicchat.nlp.Intent;
import org.civicchat.nlp.NlpService;
import org.civicchat.nlp.NlpSettings;
import org.civicchat.nlp.SentenceEmbedder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Fits {@link IntentFusion}'s weights on our own example messages ({@code nlp/intent-examples.txt} and
 * {@code nlp/complaint-examples.txt}), each weighed as the chat weighs a message and read without itself among the
 * examples; never on the labelled evaluation sets, which measure the result. Full-batch gradient descent from zero
 * weights, so the same examples always give the same file. Run after changing the examples, the rules or the FAQ:
 * {@code ./mvnw -q -Peval compile exec:exec -Deval.main=org.civicchat.dialog.IntentWeightsFit
 * -Deval.file=src/main/resources/dialog/intent-weights.tsv}.
 */
public final class IntentWeightsFit {

    /** L2 penalty: measured on the held-out sets, 0.001 over-trusted single example votes, 0.03 gave back gains. */
    static final double L2 = 0.01;
    static final int ITERATIONS = 3000;
    static final double RATE = 0.5;

    private IntentWeightsFit() {
    }

    public static void main(String[] args) throws IOException {
        NlpSettings settings = NlpSettings.defaults();
        NlpService nlp = new NlpService(settings);
        // weighing needs no fusion: the weights being fitted are not read
        Understanding understanding = new Understanding(nlp, new FaqService(FaqSettings.defaults(), null, null, null,
                SentenceEmbedder.sharedWithVectorsUnder(settings.dataDir())), null);
        List<double[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        new TreeMap<>(nlp.exampleMessages()).forEach((intent, texts) -> {
            int label = IntentFusion.INTENTS.indexOf(Intent.fromId(intent));
            for (String text : texts) {
                features.add(IntentFusion.features(understanding.weigh(text)));
                labels.add(label);
            }
        });
        double[][] weights = fit(features, labels, L2, ITERATIONS, RATE);
        String tsv = IntentFusion.format(weights);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), tsv, StandardCharsets.UTF_8);
            System.out.println("wrote " + args[0] + " from " + features.size() + " examples");
        } else {
            System.out.print(tsv);
        }
    }

    /** Multinomial logistic regression with an L2 penalty on every weight, bias included. */
    static double[][] fit(List<double[]> x, List<Integer> y, double l2, int iterations, double rate) {
        int features = x.get(0).length;
        int classes = IntentFusion.INTENTS.size();
        double[][] w = new double[features][classes];
        for (int step = 0; step < iterations; step++) {
            double[][] gradient = new double[features][classes];
            for (int i = 0; i < x.size(); i++) {
                double[] row = x.get(i);
                double[] z = new double[classes];
                for (int f = 0; f < features; f++) {
                    for (int k = 0; k < classes; k++) {
                        z[k] += row[f] * w[f][k];
                    }
                }
                double[] p = IntentFusion.softmax(z);
                p[y.get(i)] -= 1;
                for (int f = 0; f < features; f++) {
                    if (row[f] != 0) {
                        for (int k = 0; k < classes; k++) {
                            gradient[f][k] += row[f] * p[k];
                        }
                    }
                }
            }
            for (int f = 0; f < features; f++) {
                for (int k = 0; k < classes; k++) {
                    w[f][k] -= rate * (gradient[f][k] / x.size() + l2 * w[f][k]);
                }
            }
        }
        return w;
    }
}
