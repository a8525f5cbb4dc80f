package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our example messages ({@code nlp/intent-examples.txt}) name every intent but complaint (which has its own file) and
 * are our own words: none of more than three letters is a near copy of a row we measure on.
 */
class IntentExamplesContentTest {

    private static final List<Path> MEASURED = List.of(Path.of("..", "shared", "data", "messages-dev.tsv"),
            Path.of("..", "shared", "data", "faq-dev.tsv"), Path.of("src", "test", "resources", "eval", "fresh-messages.tsv"),
            Path.of("src", "test", "resources", "eval", "fresh-faq.tsv"));
    /**
     * Share of character pairs above which an example reads as a copy of a row. Higher than for the complaint examples
     * (0.3): short questions on one FAQ topic share its words (垃圾分类, 志愿者) whoever writes them.
     */
    private static final double COPIED = 0.5;

    private final Map<String, List<String>> examples = WordFile.fromClasspath(IntentExamples.RESOURCE).sections();

    @Test
    void everyIntentButComplaintHasItsExamples() {
        assertThat(examples.keySet()).containsExactlyInAnyOrder("faq", "ticket_query", "survey", "greeting", "other");
        examples.forEach((intent, texts) -> assertThat(texts).as(intent).hasSizeGreaterThanOrEqualTo(15));
    }

    @Test
    void noExampleCopiesARowWeMeasureOn() throws IOException {
        List<String> measured = MeasuredRows.texts(MEASURED);
        for (List<String> texts : examples.values()) {
            for (String example : texts) {
                if (MeasuredRows.letters(example).length() < 4) {
                    continue; // 谢谢, 问卷, 你好: the words themselves, not a copy
                }
                for (String row : measured) {
                    assertThat(MeasuredRows.overlap(example, row)).as("%s ~ %s", example, row).isLessThanOrEqualTo(COPIED);
                }
            }
        }
    }
}
