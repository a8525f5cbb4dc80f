package org.civicchat.faq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaqLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEntriesWithTheFileNameAsGroup() {
        FaqFixture.write(dir.resolve("culture.yaml"), """
                - id: plaza-light-show
                  question: 广场光影秀在哪里看？
                  alternates: [光影秀什么时候有, "  "]
                  answer: |
                    以官方发布为准。
                  next: 还可以问我“文创产品”。
                  links:
                    - https://example.org/a
                    - {title: 演出安排, href: "https://example.org/b"}
                """);

        List<FaqEntry> entries = FaqLoader.load(dir);

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("plaza-light-show");
            assertThat(entry.group()).isEqualTo("culture");
            assertThat(entry.alternates()).containsExactly("光影秀什么时候有");
            assertThat(entry.answer()).isEqualTo("以官方发布为准。");
            assertThat(entry.next()).isEqualTo("还可以问我“文创产品”。");
            assertThat(entry.links()).containsExactly(new FaqLink("https://example.org/a", "https://example.org/a"),
                    new FaqLink("演出安排", "https://example.org/b"));
            assertThat(entry.variants()).containsExactly("广场光影秀在哪里看？", "光影秀什么时候有");
        });
    }

    @Test
    void rejectsAnIdUsedTwiceNamingBothFiles() {
        String entry = "- {id: same, question: 问题？, answer: 答案。}\n";
        FaqFixture.write(dir.resolve("a.yaml"), entry);
        FaqFixture.write(dir.resolve("b.yaml"), entry);

        assertThatThrownBy(() -> FaqLoader.load(dir)).isInstanceOf(FaqContentException.class)
                .hasMessageContaining("b.yaml").hasMessageContaining("'same'").hasMessageContaining("a.yaml");
    }

    @Test
    void rejectsAnEntryWithoutAnswerNamingFileAndPosition() {
        FaqFixture.write(dir.resolve("service.yaml"),
                "- {id: ok, question: 问？, answer: 答。}\n- {id: bad, question: 问？}\n");

        assertThatThrownBy(() -> FaqLoader.load(dir)).isInstanceOf(FaqContentException.class)
                .hasMessageContaining("service.yaml").hasMessageContaining("entry 2 has no answer");
    }

    @Test
    void rejectsAFileThatIsNotAList() {
        FaqFixture.write(dir.resolve("service.yaml"), "id: lonely\n");

        assertThatThrownBy(() -> FaqLoader.load(dir)).isInstanceOf(FaqContentException.class)
                .hasMessageContaining("expected a list");
    }

    @Test
    void refusesYamlTagsThatWouldBuildObjects() {
        FaqFixture.write(dir.resolve("evil.yaml"), "- !!java.io.File [\"/tmp\"]\n");

        assertThatThrownBy(() -> FaqLoader.load(dir)).isInstanceOf(FaqContentException.class);
    }

    @Test
    void aMissingFolderGivesNoEntries() {
        assertThat(FaqLoader.load(dir.resolve("absent"))).isEmpty();
    }
}
