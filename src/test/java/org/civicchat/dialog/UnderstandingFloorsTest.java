package org.civicchat.dialog;

import org.civicchat.faq.FaqService;
import org.civicchat.faq.FaqSettings;
import org.civicchat.nlp.NlpService;
import org.civicchat.nlp.NlpSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quality floors, on the dev files and on the fresh-eyes set (written by someone who never saw our
 * FAQ or rules), measured by {@link DevSetEvaluation} through {@link Understanding}, as the chat and
 * {@code /api/admin/nlu/analyze} decide. Floors are the figures or above them where we reach more.
 */
class UnderstandingFloorsTest {

    static final Path DEV_FAQ = Path.of("..", "shared", "data", "faq-dev.tsv");
    static final Path DEV_MESSAGES = Path.of("..", "shared", "data", "messages-dev.tsv");
    static final Path FRESH_FAQ = Path.of("src", "test", "resources", "eval", "fresh-faq.tsv");
    static final Path FRESH_MESSAGES = Path.of("src", "test", "resources", "eval", "fresh-messages.tsv");

    private static DevSetEvaluation evaluation;

    @BeforeAll
    static void build() {
        Understanding understanding = new Understanding(
                new NlpService(new NlpSettings(Path.of("target", "nlp-test-no-data-dir"))),
                new FaqService(FaqSettings.defaults(), null, null));
        evaluation = new DevSetEvaluation(understanding, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    private static Map<String, Double> run(Path file) throws IOException {
        assumeTrue(Files.isRegularFile(file), "no labelled file at " + file.toAbsolutePath());
        return evaluation.run(file);
    }

    @Test
    void devFaqAnswersRightRarelyWrongAndRefusesOffTopic() throws IOException {
        Map<String, Double> figures = run(DEV_FAQ);
        assertThat(figures.get("FAQ top-1 accuracy (in-domain)")).isGreaterThanOrEqualTo(0.93);
        assertThat(figures.get("top answer wrong (in-domain answered with another entry; lower is better)"))
                .isLessThanOrEqualTo(0.03);
        assertThat(figures.get("off-topic refused")).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.get("in-domain questions whose intent is faq")).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void freshFaqAnswersRightRarelyWrongAndRefusesOffTopic() throws IOException {
        Map<String, Double> figures = run(FRESH_FAQ);
        assertThat(figures.get("FAQ top-1 accuracy (in-domain)")).isGreaterThanOrEqualTo(0.93);
        assertThat(figures.get("top answer wrong (in-domain answered with another entry; lower is better)"))
                .isLessThanOrEqualTo(0.03);
        assertThat(figures.get("off-topic refused")).isGreaterThanOrEqualTo(0.92);
        assertThat(figures.get("in-domain questions whose intent is faq")).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void devMessagesGetTheirIntentCategoryAndPlace() throws IOException {
        Map<String, Double> figures = run(DEV_MESSAGES);
        assertThat(figures.get("intent accuracy")).isGreaterThanOrEqualTo(0.97);
        assertThat(figures.get("complaint category accuracy")).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.get("complaint location exact match")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void freshMessagesGetTheirIntentCategoryAndPlace() throws IOException {
        Map<String, Double> figures = run(FRESH_MESSAGES);
        assertThat(figures.get("intent accuracy")).isGreaterThanOrEqualTo(0.96);
        assertThat(figures.get("complaint category accuracy")).isGreaterThanOrEqualTo(0.93);
        assertThat(figures.get("complaint location exact match")).isGreaterThanOrEqualTo(0.90);
    }
}
