package org.civicchat.faq;

import org.civicchat.shared.YamlDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code <group>.yaml} files: a list of {@code {id, question, alternates, answer, next?, links?}}; the
 * group is the file name without extension. Ids are unique across all files.
 */
final class FaqLoader {

    private static final Logger log = LoggerFactory.getLogger(FaqLoader.class);

    private FaqLoader() {
    }

    /** The entries of every YAML file in {@code dir}, in file name order; none when the folder is missing. */
    static List<FaqEntry> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            log.warn("FAQ folder {} does not exist; the FAQ has no entries", dir.toAbsolutePath());
            return List.of();
        }
        List<FaqEntry> entries = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : yamlFiles(dir)) {
            for (FaqEntry entry : loadFile(file)) {
                Path earlier = seen.putIfAbsent(entry.id(), file);
                if (earlier != null) {
                    throw new FaqContentException(file, "id '" + entry.id() + "' is already used in " + earlier);
                }
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new FaqContentException(dir, "cannot list the folder", e);
        }
    }

    static List<FaqEntry> loadFile(Path file) {
        String name = file.getFileName().toString();
        String group = name.substring(0, name.lastIndexOf('.'));
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = YamlDocuments.tree(reader);
        } catch (IOException | YAMLException e) {
            throw new FaqContentException(file, "cannot read YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof List<?> items)) {
            throw new FaqContentException(file, "expected a list of entries, got " + root.getClass().getSimpleName());
        }
        List<FaqEntry> entries = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new FaqContentException(file, "entry " + (i + 1) + " is not a mapping");
            }
            entries.add(toEntry(file, group, i + 1, item));
        }
        return entries;
    }

    private static FaqEntry toEntry(Path file, String group, int position, Map<?, ?> item) {
        String id = requiredText(file, position, item, "id");
        String where = "entry " + position + " (" + id + ")";
        String question = requiredText(file, position, item, "question");
        String answer = requiredText(file, position, item, "answer");
        List<String> alternates = new ArrayList<>();
        Object rawAlternates = item.get("alternates");
        if (rawAlternates instanceof List<?> list) {
            for (Object alternate : list) {
                if (alternate != null && !alternate.toString().isBlank()) {
                    alternates.add(alternate.toString().strip());
                }
            }
        } else if (rawAlternates != null) {
            throw new FaqContentException(file, where + ": alternates must be a list");
        }
        Object next = item.get("next");
        String nextLine = next == null || next.toString().isBlank() ? null : next.toString().strip();
        return new FaqEntry(id, group, question, alternates, answer, nextLine, links(file, where, item.get("links")));
    }

    private static List<FaqLink> links(Path file, String where, Object raw) {
        if (raw == null) {
            return List.of();
        }
        List<?> items = raw instanceof List<?> list ? list : List.of(raw);
        List<FaqLink> links = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> map) {
                Object url = map.get("url") != null ? map.get("url") : map.get("href");
                Object title = map.get("title") != null ? map.get("title") : map.get("text");
                if (url == null || url.toString().isBlank()) {
                    throw new FaqContentException(file, where + ": a link needs a url");
                }
                links.add(new FaqLink(title == null ? url.toString().strip() : title.toString().strip(),
                        url.toString().strip()));
            } else if (item != null && !item.toString().isBlank()) {
                links.add(new FaqLink(item.toString().strip(), item.toString().strip()));
            }
        }
        return links;
    }

    private static String requiredText(Path file, int position, Map<?, ?> item, String key) {
        Object value = item.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new FaqContentException(file, "entry " + position + " has no " + key);
        }
        return value.toString().strip();
    }
}
