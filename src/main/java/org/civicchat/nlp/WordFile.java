package org.civicchat.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of our editable word files: UTF-8, one entry a line, {@code #} starts a comment, {@code [name]} starts a
 * section (entries before the first header belong to the section ""). Entries are folded with
 * {@link TextNormalizer#foldChars} so an operator may type them full-width or traditional.
 */
final class WordFile {

    private final String source;
    private final Map<String, List<String>> sections;

    private WordFile(String source, Map<String, List<String>> sections) {
        this.source = source;
        this.sections = sections;
    }

    /** The same entries with the sections in another order: results must not depend on it. */
    WordFile withSectionsInOrder(java.util.Comparator<String> order) {
        Map<String, List<String>> ordered = new java.util.TreeMap<>(order);
        ordered.putAll(sections);
        return new WordFile(source, java.util.Collections.unmodifiableMap(ordered));
    }

    /** The same sections with each one's entries in another order: results must not depend on it. */
    WordFile withEntriesInOrder(java.util.Comparator<String> order) {
        Map<String, List<String>> reordered = new LinkedHashMap<>();
        sections.forEach((name, entries) -> reordered.put(name, entries.stream().sorted(order).toList()));
        return new WordFile(source, java.util.Collections.unmodifiableMap(reordered));
    }

    static WordFile fromClasspath(String resource) {
        InputStream in = WordFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word file " + resource + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse("classpath:" + resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word file " + resource, e);
        }
    }

    static WordFile fromPath(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(path.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word file " + path, e);
        }
    }

    String source() {
        return source;
    }

    /** The entries of a section in file order; empty when the section is missing. */
    List<String> entries(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /** The entries of a section that must be there, for files we ship. */
    List<String> requiredEntries(String section) {
        List<String> entries = sections.get(section);
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException("word file " + source + " has no entries in section [" + section + "]");
        }
        return entries;
    }

    Map<String, List<String>> sections() {
        return sections;
    }

    /** Splits an entry into its white-space separated fields. */
    static String[] fields(String entry) {
        return entry.split("\\s+");
    }

    private static WordFile parse(String source, Reader reader) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = "";
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int comment = line.indexOf('#');
            String entry = (comment >= 0 ? line.substring(0, comment) : line).replace("\uFEFF", "").trim();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.startsWith("[") && entry.endsWith("]")) {
                section = entry.substring(1, entry.length() - 1).trim();
                sections.computeIfAbsent(section, s -> new ArrayList<>());
                continue;
            }
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(TextNormalizer.foldChars(entry));
        }
        sections.replaceAll((name, entries) -> List.copyOf(entries));
        return new WordFile(source, Map.copyOf(sections));
    }
}
