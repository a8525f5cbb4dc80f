package org.civicchat.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The texts of the labelled rows we measure on, and how much of a text another one repeats: for content tests. */
final class MeasuredRows {

    private MeasuredRows() {
    }

    /** The first column of every row of the files that exist (a file outside this checkout may be absent). */
    static List<String> texts(List<Path> files) {
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                try {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    lines.subList(1, lines.size()).forEach(line -> texts.add(line.split("\t", -1)[0]));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return texts;
    }

    /** The Han letters, Latin letters and digits of a text, folded. */
    static String letters(String text) {
        return TextNormalizer.normalize(text).replaceAll("[^\\p{IsHan}\\p{Alnum}]", "");
    }

    /** The share of character pairs two texts have in common (Jaccard), 0..1. */
    static double overlap(String a, String b) {
        Set<String> x = pairs(a);
        Set<String> y = pairs(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return either.isEmpty() ? 0 : (double) both.size() / either.size();
    }

    private static Set<String> pairs(String text) {
        String letters = letters(text);
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= letters.length(); i++) {
            pairs.add(letters.substring(i, i + 2));
        }
        return pairs;
    }
}
