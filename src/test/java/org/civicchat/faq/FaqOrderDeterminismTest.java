package org.civicchat.faq;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FAQ's answer to a question never depends on the order its entries were loaded or edited in (every node
 * must answer alike, and a console edit re-adds an entry at the end): the same entries indexed in file order,
 * reversed and shuffled give the same decision, candidates and confidence for every question of the dev and
 * fresh files, and the answers we know.
 */
class FaqOrderDeterminismTest {

    private static FaqService service;
    private static List<FaqIndex> reordered;

    @BeforeAll
    static void build() {
        service = new FaqService(FaqSettings.defaults(), null, null);
        List<FaqEntry> entries = service.entries();
        List<FaqEntry> reversed = new ArrayList<>(entries);
        Collections.reverse(reversed);
        List<FaqEntry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(20261201L));
        reordered = List.of(service.indexOf(reversed), service.indexOf(shuffled));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "遛狗到底要不要拴绳啊           | dog-walking-rules",
            "生活垃圾一共分几类             | garbage-four-classes",
            "电瓶车推到家里充电行不行        | ebike-indoor-charging",
            "闯红灯要扣几分                 | traffic-red-light",
    })
    void knownQuestionsGetTheirEntryWhateverTheOrder(String question, String id) {
        assertThat(service.assess(question).entry()).extracting(FaqEntry::id).isEqualTo(id);
        for (FaqIndex index : reordered) {
            assertThat(service.decide(index, question).entry()).extracting(FaqEntry::id).isEqualTo(id);
        }
    }

    @Test
    void everyLabelledQuestionGetsTheSameDecisionInAnyEntryOrder() throws IOException {
        List<String> questions = questions(Path.of("..", "shared", "data", "faq-dev.tsv"));
        questions.addAll(questions(Path.of("src", "test", "resources", "eval", "fresh-faq.tsv")));
        assertThat(questions).hasSizeGreaterThan(200);
        for (String question : questions) {
            String expected = reading(service.assess(question));
            for (FaqIndex index : reordered) {
                assertThat(reading(service.decide(index, question))).as(question).isEqualTo(expected);
            }
        }
    }

    /** What a resident would see: the kind, the entry, the offered candidates, the confidence. */
    private static String reading(FaqDecision decision) {
        return decision.kind() + " " + (decision.entry() == null ? "-" : decision.entry().id()) + " "
                + decision.candidates().stream().map(FaqCandidate::id).toList() + " "
                + String.format("%.9f", decision.confidence())
                + (decision.passage() == null ? "" : " " + decision.passage().file() + "#" + decision.passage().number());
    }

    private static List<String> questions(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return texts;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            texts.add(line.split("\t", -1)[0]);
        }
        return texts;
    }
}
