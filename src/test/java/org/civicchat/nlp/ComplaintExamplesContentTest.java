package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our complaint examples ({@code nlp/complaint-examples.txt}) cover every ticket category and are our own words:
 * none is a copy or a light rephrasing of a row we measure on (the dev and fresh-eyes message files).
 */
class ComplaintExamplesContentTest {

    private static final Path CATEGORIES = Path.of("src", "main", "resources", "ticket", "categories.tsv");
    private static final List<Path> MEASURED = List.of(Path.of("..", "shared", "data", "messages-dev.tsv"),
            Path.of("src", "test", "resources", "eval", "fresh-messages.tsv"));
    /** Share of character pairs two texts have in common above which one reads as a rephrasing of the other. */
    private static final double REPHRASED = 0.3;

    private final Map<String, List<String>> examples = WordFile.fromClasspath(ComplaintExamples.RESOURCE).sections();

    @Test
    void everyTicketCategoryHasAtLeastTwentyFiveExamples() throws IOException {
        List<String> lines = Files.readAllLines(CATEGORIES, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String category = line.split("\t", -1)[0];
            assertThat(examples.getOrDefault(category, List.of())).as(category).hasSizeGreaterThanOrEqualTo(25);
        }
    }

    @Test
    void noExampleRephrasesARowWeMeasureOn() throws IOException {
        List<String> measured = MeasuredRows.texts(MEASURED);
        for (List<String> entries : examples.values()) {
            for (String example : entries) {
                for (String row : measured) {
                    assertThat(MeasuredRows.overlap(example, row)).as("%s ~ %s", example, row).isLessThanOrEqualTo(REPHRASED);
                }
            }
        }
    }
}
