package org.civicchat.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The parts of one text to replace: non-overlapping [start, end) ranges of the original and their masks. */
final class Spans {

    record Span(int start, int end, String replacement) {
    }

    private final List<Span> spans = new ArrayList<>();

    /** Adds a range unless it overlaps one already taken (the earlier finding wins). */
    void add(int start, int end, String replacement) {
        for (Span s : spans) {
            if (start < s.end() && s.start() < end) {
                return;
            }
        }
        spans.add(new Span(start, end, replacement));
    }

    List<Span> all() {
        return spans;
    }

    String applyTo(String original) {
        if (spans.isEmpty()) {
            return original;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder(original.length());
        int cursor = 0;
        for (Span s : sorted) {
            out.append(original, cursor, s.start()).append(s.replacement());
            cursor = s.end();
        }
        return out.append(original, cursor, original.length()).toString();
    }
}
