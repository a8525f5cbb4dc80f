package org.civicchat.moderation;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.civicchat.nlp.TextNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A sensitive-word list compiled into HanLP's Aho-Corasick double-array trie. Both the words and the text are
 * brought to one compact form before matching: full-width folded to half-width, traditional to simplified,
 * lower case (the nlp normaliser, char by char), and everything that is not a letter or digit dropped, so
 * "傻 逼", "傻.逼" and "傻逼" are one word. Each compact char remembers the raw char it came from, so a hit
 * can be masked in the text exactly as typed.
 * <p>
 * It does not catch homophones or pinyin spellings (add them to the list), and it may flag a word formed
 * across two sentences.
 */
final class WordList {

    private final List<String> words;
    private final AhoCorasickDoubleArrayTrie<String> trie;

    WordList(List<String> words) {
        Set<String> unique = new LinkedHashSet<>();
        TreeMap<String, String> byCompact = new TreeMap<>();
        for (String w : words) {
            String shown = w == null ? "" : w.strip();
            String compact = compact(shown).text();
            if (!compact.isEmpty() && unique.add(shown)) {
                byCompact.putIfAbsent(compact, shown);
            }
        }
        this.words = List.copyOf(unique);
        this.trie = byCompact.isEmpty() ? null : new AhoCorasickDoubleArrayTrie<>(byCompact);
    }

    List<String> words() {
        return words;
    }

    /** The listed words found in the text, each once, in the order they first occur. */
    List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Span s : spans(text)) {
            found.add(s.word());
        }
        return List.copyOf(found);
    }

    /** The text with every char of every hit replaced by '*'; separators between a hit's chars are kept. */
    String mask(String text) {
        List<Span> spans = spans(text);
        if (spans.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Span s : spans) {
            for (int i = s.rawStart(); i < s.rawEnd(); i++) {
                if (Character.isLetterOrDigit(chars[i]) || Character.isSurrogate(chars[i])) {
                    chars[i] = '*';
                }
            }
        }
        return new String(chars);
    }

    private List<Span> spans(String text) {
        if (trie == null || text == null || text.isEmpty()) {
            return List.of();
        }
        Compact c = compact(text);
        List<Span> out = new ArrayList<>();
        for (AhoCorasickDoubleArrayTrie<String>.Hit<String> hit : trie.parseText(c.text())) {
            out.add(new Span(hit.value, c.rawIndex()[hit.begin], c.rawIndex()[hit.end - 1] + 1));
        }
        out.sort((a, b) -> Integer.compare(a.rawStart(), b.rawStart()));
        return out;
    }

    /** The letters and digits of the text in normal form, with the raw index of each. */
    static Compact compact(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] index = new int[raw.length()];
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (Character.isSurrogate(ch)) {
                continue;
            }
            String folded = TextNormalizer.normalize(String.valueOf(ch));
            if (folded.length() == 1 && Character.isLetterOrDigit(folded.charAt(0))) {
                index[out.length()] = i;
                out.append(folded.charAt(0));
            }
        }
        int[] trimmed = new int[out.length()];
        System.arraycopy(index, 0, trimmed, 0, out.length());
        return new Compact(out.toString(), trimmed);
    }

    record Compact(String text, int[] rawIndex) {
    }

    private record Span(String word, int rawStart, int rawEnd) {
    }
}
