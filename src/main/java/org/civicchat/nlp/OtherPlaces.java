package org.civicchat.nlp;

import java.util.List;
import java.util.Optional;

/**
 * Whether a text is about another city, province or country than this district ({@code nlp/other-places.txt}).
 */
public final class OtherPlaces {

    static final String RESOURCE = "/nlp/other-places.txt";

    private static final class Holder {
        static final OtherPlaces SHARED = new OtherPlaces(WordFile.fromClasspath(RESOURCE).requiredEntries(""));
    }

    private final List<String> words;

    OtherPlaces(List<String> words) {
        this.words = words.stream().map(ChineseFold::foldKeepingLength).sorted().toList();
    }

    public static OtherPlaces shared() {
        return Holder.SHARED;
    }

    /** The first word of the file (in sorted order) that the text contains, folded. */
    public Optional<String> named(String text) {
        String folded = ChineseFold.foldKeepingLength(text);
        return words.stream().filter(folded::contains).findFirst();
    }
}
