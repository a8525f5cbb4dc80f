package org.civicchat.faq;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The FAQ content in {@code faq/} against {@code ../shared/data/faq-topics.tsv}: every topic exists exactly once,
 * in its group, its answer states each {@code must_mention} fact and fits a phone screen.
 */
class FaqContentTest {

    static final Path FAQ_DIR = Path.of("faq");
    static final Path TOPICS = Path.of("..", "shared", "data", "faq-topics.tsv");
    static final int MAX_ANSWER_CHARS = 300;

    record Topic(String id, String group, String question, List<String> mustMention) {
    }

    private static List<FaqEntry> entries;
    private static List<Topic> topics;

    static boolean hasContent() throws IOException {
        if (!Files.isDirectory(FAQ_DIR)) {
            return false;
        }
        try (Stream<Path> files = Files.list(FAQ_DIR)) {
            return files.anyMatch(f -> f.toString().endsWith(".yaml"));
        }
    }

    @BeforeAll
    static void loadContentAndTopics() throws IOException {
        assumeTrue(hasContent(), "no FAQ content in faq/");
        assumeTrue(Files.isRegularFile(TOPICS), "no topic list at " + TOPICS.toAbsolutePath());
        entries = FaqLoader.load(FAQ_DIR);
        topics = Files.readAllLines(TOPICS, StandardCharsets.UTF_8).stream().skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(c -> new Topic(c[0].strip(), c[1].strip(), c[2].strip(), List.of(c[3].strip().split("；"))))
                .toList();
    }

    @Test
    void everyTopicHasExactlyOneEntryInItsGroup() {
        Map<String, Long> counts = entries.stream().collect(Collectors.groupingBy(FaqEntry::id, Collectors.counting()));
        Map<String, FaqEntry> byId = entries.stream()
                .collect(Collectors.toMap(FaqEntry::id, Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        for (Topic topic : topics) {
            long count = counts.getOrDefault(topic.id(), 0L);
            if (count != 1) {
                problems.add(topic.id() + " appears " + count + " times");
            } else if (!byId.get(topic.id()).group().equals(topic.group())) {
                problems.add(topic.id() + " is in group " + byId.get(topic.id()).group() + ", not " + topic.group());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAnswerMentionsTheTopicsKeyFacts() {
        Map<String, FaqEntry> byId = entries.stream()
                .collect(Collectors.toMap(FaqEntry::id, Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        for (Topic topic : topics) {
            FaqEntry entry = byId.get(topic.id());
            if (entry == null) {
                continue;
            }
            for (String fact : topic.mustMention()) {
                if (!entry.answer().contains(fact.strip())) {
                    problems.add(topic.id() + " does not mention " + fact.strip());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAnswerFitsAPhoneScreen() {
        List<String> tooLong = entries.stream()
                .filter(e -> e.answer().length() > MAX_ANSWER_CHARS)
                .map(e -> e.id() + " has " + e.answer().length() + " chars")
                .toList();
        assertThat(tooLong).isEmpty();
    }
}
