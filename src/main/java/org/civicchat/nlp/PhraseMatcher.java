package org.civicchat.nlp;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the phrases of a fixed lexicon in a text in one pass (HanLP's Aho-Corasick double-array trie).
 * Thread-safe once built. It matches plain chars: callers pass normalised text and normalised phrases.
 */
final class PhraseMatcher<V> {

    /** One phrase found at {@code [start, end)} of the text. */
    record Match<V>(int start, int end, String phrase, V value) {
        int length() {
            return end - start;
        }
    }

    private static final Comparator<Match<?>> LEFTMOST_LONGEST =
            Comparator.<Match<?>>comparingInt(Match::start).thenComparing(Match::length, Comparator.reverseOrder());

    private final AhoCorasickDoubleArrayTrie<V> trie;

    PhraseMatcher(Map<String, V> phrases) {
        TreeMap<String, V> sorted = new TreeMap<>(phrases);
        sorted.remove("");
        this.trie = sorted.isEmpty() ? null : new AhoCorasickDoubleArrayTrie<>(sorted);
    }

    /** Every occurrence of every phrase, overlapping ones included, leftmost first and longest first. */
    List<Match<V>> findAll(String text) {
        List<Match<V>> matches = new ArrayList<>();
        if (trie == null || text.isEmpty()) {
            return matches;
        }
        trie.parseText(text, (begin, end, value) ->
                matches.add(new Match<>(begin, end, text.substring(begin, end), value)));
        matches.sort(LEFTMOST_LONGEST);
        return matches;
    }

    /** Occurrences that do not overlap, taking the longest phrase at the leftmost position first. */
    List<Match<V>> findLongest(String text) {
        List<Match<V>> kept = new ArrayList<>();
        int coveredUntil = 0;
        for (Match<V> match : findAll(text)) {
            if (match.start() >= coveredUntil) {
                kept.add(match);
                coveredUntil = match.end();
            }
        }
        return kept;
    }

    /** The longest phrase that starts exactly at {@code position}, or null. */
    Match<V> longestAt(List<Match<V>> all, int position) {
        Match<V> best = null;
        for (Match<V> match : all) {
            if (match.start() == position && (best == null || match.length() > best.length())) {
                best = match;
            }
        }
        return best;
    }

    /** The longest phrase that ends exactly at {@code position}, or null. */
    Match<V> longestEndingAt(List<Match<V>> all, int position) {
        Match<V> best = null;
        for (Match<V> match : all) {
            if (match.end() == position && (best == null || match.length() > best.length())) {
                best = match;
            }
        }
        return best;
    }

    boolean containsAny(String text) {
        return !findAll(text).isEmpty();
    }
}
