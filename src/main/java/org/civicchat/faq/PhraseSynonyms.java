package org.civicchat.faq;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.civicchat.nlp.ChineseFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The FAQ's own synonym groups ({@code synonyms.txt} beside this class on the class path), found as phrases in
 * folded text so that a group word works however HanLP splits it ({@code 市长热线} may come out as {@code 市长 热线}).
 */
final class PhraseSynonyms {

    static final String RESOURCE = "synonyms.txt";

    /** A group word found in a text at {@code [start, end)}, and the other words of its group. */
    record Hit(int start, int end, String phrase, List<String> others) {
    }

    private final AhoCorasickDoubleArrayTrie<List<String>> trie = new AhoCorasickDoubleArrayTrie<>();
    private final int size;

    PhraseSynonyms(List<List<String>> groups) {
        TreeMap<String, List<String>> others = new TreeMap<>();
        for (List<String> group : groups) {
            for (String word : group) {
                Set<String> rest = new LinkedHashSet<>(others.getOrDefault(word, List.of()));
                group.stream().filter(w -> !w.equals(word)).forEach(rest::add);
                others.put(word, List.copyOf(rest));
            }
        }
        size = others.size();
        if (!others.isEmpty()) {
            trie.build(others);
        }
    }

    static PhraseSynonyms defaults() {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = PhraseSynonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String stripped = line.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String word : stripped.split("[,，]")) {
                    String folded = ChineseFold.foldKeepingLength(word.strip()).strip();
                    if (!folded.isEmpty()) {
                        group.add(folded);
                    }
                }
                if (group.size() > 1) {
                    groups.add(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new PhraseSynonyms(groups);
    }

    /** The group words in {@code folded} text, longest first where they overlap, in text order. */
    List<Hit> find(String folded) {
        if (size == 0 || folded.isEmpty()) {
            return List.of();
        }
        List<Hit> all = new ArrayList<>();
        trie.parseText(folded, (begin, end, others) ->
                all.add(new Hit(begin, end, folded.substring(begin, end), others)));
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : all) {
            if (!kept.isEmpty() && hit.start() < kept.get(kept.size() - 1).end()) {
                Hit last = kept.get(kept.size() - 1);
                if (hit.end() - hit.start() > last.end() - last.start()) {
                    kept.set(kept.size() - 1, hit);
                }
                continue;
            }
            kept.add(hit);
        }
        return kept;
    }
}
