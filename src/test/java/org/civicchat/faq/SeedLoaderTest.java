package org.civicchat.faq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeedLoaderTest {

    @TempDir
    Path dir;

    @Test
    void splitsParagraphsIntoPassagesOfWholeClauses() {
        String first = "一".repeat(60) + "；";
        String second = "二".repeat(60) + "。";
        String third = "三".repeat(10) + "！";

        List<String> passages = SeedLoader.split(first + second + third + "\n\n短段落。");

        assertThat(passages).containsExactly(first, second + third, "短段落。");
        assertThat(passages).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SeedLoader.PASSAGE_CHARS));
    }

    @Test
    void keepsAClauseLongerThanAPassageWhole() {
        String longClause = "长".repeat(SeedLoader.PASSAGE_CHARS + 20) + "。";

        assertThat(SeedLoader.split(longClause)).containsExactly(longClause);
    }

    @Test
    void namesPassagesByTheTitleOfTheirDocument() {
        FaqFixture.write(dir.resolve("a.txt"), "第一句。\n第二段。");
        FaqFixture.write(dir.resolve("b.txt"), "没有标题的文件。");
        FaqFixture.write(dir.resolve(SeedLoader.TITLES_FILE), "file\ttitle\na.txt\t甲文件（2022年）\n");

        List<SeedPassage> passages = SeedLoader.load(dir);

        assertThat(passages).containsExactly(
                new SeedPassage("甲文件（2022年）", "a.txt", 1, "第一句。"),
                new SeedPassage("甲文件（2022年）", "a.txt", 2, "第二段。"),
                new SeedPassage(SeedLoader.UNTITLED, "b.txt", 1, "没有标题的文件。"));
    }

    @Test
    void theRealSeedHasATitle() {
        assertThat(SeedLoader.load(Path.of("seeds")))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.documentTitle()).isEqualTo("区文明典范城市创建工作推进会讲话（2022年）"));
    }
}
