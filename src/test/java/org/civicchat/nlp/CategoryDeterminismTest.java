package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The category of a message never depends on the order the cue file's sections happen to be iterated in (a
 * {@code Map.copyOf} iterates in an order salted per JVM, so two nodes could disagree on a tie).
 */
class CategoryDeterminismTest {

    private static final String TIED = "我家门口的人行道被一辆白色SUV堵了 我推轮椅出不来 麻烦尽快处理";

    @Test
    void sectionOrderNeverChangesACategory() throws IOException {
        WordFile cues = WordFile.fromClasspath(CategoryClassifier.RESOURCE);
        CategoryClassifier ascending = new CategoryClassifier(cues.withSectionsInOrder(Comparator.naturalOrder()));
        CategoryClassifier descending = new CategoryClassifier(cues.withSectionsInOrder(Comparator.reverseOrder()));
        for (String text : messages()) {
            String normalized = TextNormalizer.normalize(text);
            assertThat(descending.score(normalized).best()).as(text)
                    .isEqualTo(ascending.score(normalized).best());
        }
    }

    @Test
    void exampleOrderNeverChangesTheNearestExamplesOrTheirVotes() throws IOException {
        WordFile examples = WordFile.fromClasspath(ComplaintExamples.RESOURCE);
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        ComplaintExamples ascending = new ComplaintExamples(
                examples.withSectionsInOrder(Comparator.naturalOrder()).withEntriesInOrder(Comparator.naturalOrder()), embedder);
        ComplaintExamples descending = new ComplaintExamples(
                examples.withSectionsInOrder(Comparator.reverseOrder()).withEntriesInOrder(Comparator.reverseOrder()), embedder);
        for (String text : messages()) {
            float[] vector = embedder.embed(text);
            assertThat(descending.nearest(text, vector)).as(text).isEqualTo(ascending.nearest(text, vector));
        }
    }

    @Test
    void exampleOrderNeverChangesTheIntentsOfTheNearestExampleMessages() throws IOException {
        WordFile intents = WordFile.fromClasspath(IntentExamples.RESOURCE);
        WordFile complaints = WordFile.fromClasspath(ComplaintExamples.RESOURCE);
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        IntentExamples ascending = new IntentExamples(
                intents.withSectionsInOrder(Comparator.naturalOrder()).withEntriesInOrder(Comparator.naturalOrder()),
                complaints.withSectionsInOrder(Comparator.naturalOrder()).withEntriesInOrder(Comparator.naturalOrder()),
                embedder);
        IntentExamples descending = new IntentExamples(
                intents.withSectionsInOrder(Comparator.reverseOrder()).withEntriesInOrder(Comparator.reverseOrder()),
                complaints.withSectionsInOrder(Comparator.reverseOrder()).withEntriesInOrder(Comparator.reverseOrder()),
                embedder);
        for (String text : messages()) {
            float[] vector = embedder.embed(text);
            assertThat(descending.likeness(text, vector)).as(text).isEqualTo(ascending.likeness(text, vector));
        }
    }

    private static List<String> messages() throws IOException {
        List<String> texts = new ArrayList<>(List.of(TIED));
        Path fresh = Path.of("src/test/resources/eval/fresh-messages.tsv");
        List<String> lines = Files.readAllLines(fresh, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            texts.add(line.split("\t", -1)[0]);
        }
        return texts;
    }
}
