package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.nlp.IntentLikeness;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IntentFusionTest {

    private static final int VOTE_FAQ = IntentFusion.FEATURES.indexOf("vote_faq");
    private static final int RULES_OTHER = IntentFusion.FEATURES.indexOf("rules_other");

    @Test
    void theShippedWeightsNameEveryFeatureAndIntent() {
        IntentFusion fusion = IntentFusion.fromClasspath();

        Map<String, Double> p = fusion.probabilities(weighed(Intent.FAQ, Map.of("faq", 1.0), null));

        assertThat(p.keySet()).containsExactly("complaint", "faq", "ticket_query", "survey", "greeting", "other");
        assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theNearestExamplesOutweighTheRulesWhenTheWeightsSaySo() {
        double[][] weights = new double[IntentFusion.FEATURES.size()][IntentFusion.INTENTS.size()];
        weights[VOTE_FAQ][1] = 3.0;
        weights[RULES_OTHER][5] = 1.0;
        IntentFusion fusion = new IntentFusion(weights);

        assertThat(fusion.choose(weighed(Intent.OTHER, Map.of("faq", 1.0), null))).isEqualTo(Intent.FAQ);
        assertThat(fusion.choose(weighed(Intent.OTHER, Map.of("faq", 0.2, "other", 0.8), null))).isEqualTo(Intent.OTHER);
    }

    @Test
    void aTicketNumberAlwaysAsksAboutThatTicket() {
        double[][] weights = new double[IntentFusion.FEATURES.size()][IntentFusion.INTENTS.size()];
        weights[VOTE_FAQ][1] = 10.0;
        IntentFusion fusion = new IntentFusion(weights);

        assertThat(fusion.choose(weighed(Intent.FAQ, Map.of("faq", 1.0), "WM20261201-0001"))).isEqualTo(Intent.TICKET_QUERY);
    }

    @Test
    void aWeightsFileOfAnotherShapeIsRefusedWithWhatItMustBe() {
        assertThatThrownBy(() -> IntentFusion.parse("feature\tfaq\tcomplaint\nbias\t1\t2\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header must be");
        String header = "feature\tcomplaint\tfaq\tticket_query\tsurvey\tgreeting\tother\n";
        assertThatThrownBy(() -> IntentFusion.parse(header + "bias\t0\t0\t0\t0\t0\t0\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rules_complaint");
        assertThatThrownBy(() -> new IntentFusion(new double[3][6])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFitSeparatesTwoClassesItIsShownAndFormatsWhatParseReads() {
        List<double[]> x = List.of(row(1, 0), row(0.9, 0.1), row(0, 1), row(0.1, 0.9));
        double[][] weights = IntentWeightsFit.fit(x, List.of(0, 0, 1, 1), 0.01, 500, 0.5);

        assertThat(weights[0][0]).isGreaterThan(weights[0][1]);
        assertThat(weights[1][1]).isGreaterThan(weights[1][0]);
        assertThat(IntentFusion.parse(IntentFusion.format(weights))[1][1]).isCloseTo(weights[1][1], within(1e-6));
    }

    private static double[] row(double a, double b) {
        double[] row = new double[IntentFusion.FEATURES.size()];
        row[0] = a;
        row[1] = b;
        row[row.length - 1] = 1;
        return row;
    }

    private static Understanding.Understood weighed(Intent intent, Map<String, Double> votes, String ticketNumber) {
        Analysis analysis = new Analysis("文本", "文本", intent, null, null, List.of(), ticketNumber, 0.5, false, "other",
                new IntentLikeness(votes, Map.of()));
        return new Understanding.Understood(analysis, null);
    }
}
