package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        List<String> measured = new ArrayList<>();
        for (Path file : MEASURED) {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                lines.subList(1, lines.size()).forEach(line -> measured.add(line.split("\t", -1)[0]));
            }
        }
        for (List<String> entries : examples.values()) {
            for (String example : entries) {
                for (String row : measured) {
                    assertThat(overlap(example, row)).as("%s ~ %s", example, row).isLessThanOrEqualTo(REPHRASED);
                }
            }
        }
    }

    private static double overlap(String a, String b) {
        Set<String> x = pairs(a);
        Set<String> y = pairs(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return either.isEmpty() ? 0 : (double) both.size() / either.size();
    }

    private static Set<String> pairs(String text) {
        String letters = TextNormalizer.normalize(text).replaceAll("[^\\p{IsHan}\\p{Alnum}]", "");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= letters.length(); i++) {
            pairs.add(letters.substring(i, i + 2));
        }
        return pairs;
    }
}
