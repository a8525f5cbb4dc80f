package org.civicchat.faq;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the policy documents of {@code seeds/} ({@code *.txt}, UTF-8) as passages of a few sentences, each within
 * one paragraph, and their titles from {@code titles.tsv} ({@code file<TAB>title} with a header line).
 */
final class SeedLoader {

    static final String TITLES_FILE = "titles.tsv";
    static final String UNTITLED = "区文明创建工作文件";
    /** A passage grows by whole clauses up to about this many characters. */
    static final int PASSAGE_CHARS = 110;

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private SeedLoader() {
    }

    static List<SeedPassage> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            log.warn("seeds folder {} does not exist; no policy passages are indexed", dir.toAbsolutePath());
            return List.of();
        }
        Map<String, String> titles = titles(dir.resolve(TITLES_FILE));
        List<SeedPassage> passages = new ArrayList<>();
        for (Path file : textFiles(dir)) {
            String name = file.getFileName().toString();
            String title = titles.get(name);
            if (title == null) {
                log.warn("seed {} has no title in {}; it is quoted as '{}'", name, TITLES_FILE, UNTITLED);
                title = UNTITLED;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new FaqContentException(file, "cannot read the document", e);
            }
            int number = 1;
            for (String passage : split(text)) {
                passages.add(new SeedPassage(title, name, number++, passage));
            }
        }
        return List.copyOf(passages);
    }

    /** Passages of whole clauses (ending in 。！？；), at most one paragraph each, about {@link #PASSAGE_CHARS} long. */
    static List<String> split(String text) {
        List<String> passages = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder passage = new StringBuilder();
            for (String clause : clauses(paragraph.strip())) {
                if (passage.length() > 0 && passage.length() + clause.length() > PASSAGE_CHARS) {
                    passages.add(passage.toString());
                    passage.setLength(0);
                }
                passage.append(clause);
            }
            if (passage.length() > 0) {
                passages.add(passage.toString());
            }
        }
        return passages;
    }

    private static List<String> clauses(String paragraph) {
        List<String> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                addClause(clauses, paragraph.substring(start, i + 1));
                start = i + 1;
            }
        }
        addClause(clauses, paragraph.substring(start));
        return clauses;
    }

    private static void addClause(List<String> clauses, String clause) {
        String stripped = clause.strip();
        if (!stripped.isEmpty()) {
            clauses.add(stripped);
        }
    }

    private static Map<String, String> titles(Path file) {
        Map<String, String> titles = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return titles;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FaqContentException(file, "cannot read the titles", e);
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 2 || columns[1].isBlank()) {
                throw new FaqContentException(file, "line " + (i + 1) + " is not 'file<TAB>title'");
            }
            titles.put(columns[0].strip(), columns[1].strip());
        }
        return titles;
    }

    private static List<Path> textFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new FaqContentException(dir, "cannot list the folder", e);
        }
    }
}
