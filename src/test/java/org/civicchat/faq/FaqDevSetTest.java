package org.civicchat.faq;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Quality floors on the labelled dev set {@code ../shared/data/faq-dev.tsv} (relative to the project): an in-domain
 * question counts only when answered directly with the expected entry; an off-topic one ({@code none}) counts when
 * it is not answered. Prints every miss, and how often answers at each confidence were right.
 */
class FaqDevSetTest {

    static final Path DEV_SET = Path.of("..", "shared", "data", "faq-dev.tsv");
    static final double IN_DOMAIN_FLOOR = 0.92;
    static final double OFF_TOPIC_FLOOR = 0.90;

    record Row(String question, String expectedId) {
        boolean offTopic() {
            return "none".equals(expectedId);
        }
    }

    private static FaqService faq;
    private static List<Row> rows;

    @BeforeAll
    static void loadDevSetAndContent() throws IOException {
        assumeTrue(Files.isRegularFile(DEV_SET), "no dev set at " + DEV_SET.toAbsolutePath());
        assumeTrue(FaqContentTest.hasContent(), "no FAQ content in faq/");
        rows = Files.readAllLines(DEV_SET, StandardCharsets.UTF_8).stream().skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(columns -> new Row(columns[0], columns[1].strip()))
                .toList();
        faq = new FaqService(FaqSettings.defaults(), null, null);
    }

    @Test
    void answersInDomainQuestionsAndRefusesOffTopicOnesAboveTheFloors() {
        int inDomain = 0;
        int answered = 0;
        int offTopic = 0;
        int refused = 0;
        List<String> misses = new ArrayList<>();
        int[] bucketAnswers = new int[10];
        int[] bucketRight = new int[10];
        for (Row row : rows) {
            FaqDecision decision = faq.decide(row.question());
            boolean answer = decision.kind() == FaqDecision.Kind.ANSWER;
            String got = answer ? decision.entry().id() : decision.kind().name();
            boolean right = row.offTopic() ? !answer : answer && decision.entry().id().equals(row.expectedId());
            if (row.offTopic()) {
                offTopic++;
                refused += right ? 1 : 0;
            } else {
                inDomain++;
                answered += right ? 1 : 0;
            }
            if (answer) {
                int bucket = Math.min(9, (int) (decision.confidence() * 10));
                bucketAnswers[bucket]++;
                bucketRight[bucket] += right ? 1 : 0;
            }
            if (!right) {
                misses.add(String.format(Locale.ROOT, "MISS %s | expected %s | got %s %.2f | %s", row.question(),
                        row.expectedId(), got, decision.confidence(), describe(decision)));
            }
        }
        double accuracy = (double) answered / inDomain;
        double refusal = offTopic == 0 ? 1 : (double) refused / offTopic;
        misses.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "in-domain top-1 answered right: %d/%d = %.1f%% (floor %.0f%%)%n",
                answered, inDomain, 100 * accuracy, 100 * IN_DOMAIN_FLOOR);
        System.out.printf(Locale.ROOT, "off-topic refused: %d/%d = %.1f%% (floor %.0f%%)%n",
                refused, offTopic, 100 * refusal, 100 * OFF_TOPIC_FLOOR);
        for (int b = 0; b < 10; b++) {
            if (bucketAnswers[b] > 0) {
                System.out.printf(Locale.ROOT, "answers at confidence %.1f-%.1f: %d/%d right%n", b / 10.0,
                        (b + 1) / 10.0, bucketRight[b], bucketAnswers[b]);
            }
        }
        assertThat(accuracy).as("in-domain top-1 accuracy").isGreaterThanOrEqualTo(IN_DOMAIN_FLOOR);
        assertThat(refusal).as("off-topic refusal rate").isGreaterThanOrEqualTo(OFF_TOPIC_FLOOR);
    }

    private static String describe(FaqDecision decision) {
        if (decision.passage() != null) {
            return "passage " + decision.passage().number();
        }
        return decision.candidates().stream()
                .map(c -> String.format(Locale.ROOT, "%s %.2f", c.id(), c.score()))
                .collect(Collectors.joining(", "));
    }
}
