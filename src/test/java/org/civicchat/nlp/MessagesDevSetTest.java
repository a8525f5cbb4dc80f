package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures the service on the shared labelled dev set, {@code ../shared/data/messages-dev.tsv} next to the
 * project (in CI the repository is cloned beside a copy of {@code shared/}). It is a measurement, not training
 * data: nothing in src/main was copied from it. Skipped when the file is absent.
 */
class MessagesDevSetTest {

    private static final double INTENT_FLOOR = 0.95;
    private static final double CATEGORY_FLOOR = 0.88;
    private static final double LOCATION_FLOOR = 0.85;

    private record Row(String text, String intent, String category, String location) {
    }

    @Test
    void understandingStaysAboveTheAgreedFloors() throws IOException {
        Path devSet = projectDirectory().resolveSibling("shared").resolve("data").resolve("messages-dev.tsv");
        assumeTrue(Files.isRegularFile(devSet), "no dev set at " + devSet);
        List<Row> rows = read(devSet);

        int intents = 0;
        int complaints = 0;
        int categories = 0;
        int locations = 0;
        for (Row row : rows) {
            Analysis analysis = SharedNlp.analyze(row.text());
            if (analysis.intent().id().equals(row.intent())) {
                intents++;
            } else {
                System.out.printf("MISS intent   [%s] got %s, labelled %s%n", row.text(), analysis.intent().id(), row.intent());
            }
            if (!row.intent().equals(Intent.COMPLAINT.id())) {
                continue;
            }
            complaints++;
            if (row.category().equals(analysis.category())) {
                categories++;
            } else {
                System.out.printf("MISS category [%s] got %s, labelled %s%n", row.text(), analysis.category(), row.category());
            }
            String expectedLocation = row.location().isEmpty() ? null : row.location();
            if (Objects.equals(expectedLocation, analysis.location())) {
                locations++;
            } else {
                System.out.printf("MISS location [%s] got %s, labelled %s%n", row.text(), analysis.location(), expectedLocation);
            }
        }
        double intentAccuracy = (double) intents / rows.size();
        double categoryAccuracy = (double) categories / complaints;
        double locationAccuracy = (double) locations / complaints;
        System.out.printf("messages-dev: intent %d/%d = %.3f, category %d/%d = %.3f, location %d/%d = %.3f%n",
                intents, rows.size(), intentAccuracy, categories, complaints, categoryAccuracy,
                locations, complaints, locationAccuracy);

        assertThat(intentAccuracy).as("intent accuracy").isGreaterThanOrEqualTo(INTENT_FLOOR);
        assertThat(categoryAccuracy).as("complaint category accuracy").isGreaterThanOrEqualTo(CATEGORY_FLOOR);
        assertThat(locationAccuracy).as("complaint location exact match").isGreaterThanOrEqualTo(LOCATION_FLOOR);
    }

    /** Maven's basedir; surefire sets it, an IDE usually runs in the project directory. */
    private static Path projectDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    }

    private static List<Row> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(fields -> new Row(fields[0], fields[1].trim(), field(fields, 2), field(fields, 3)))
                .toList();
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index].trim() : "";
    }
}
