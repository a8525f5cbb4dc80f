package org.civicchat.nlp;

import java.util.List;
import java.util.Optional;

/**
 * Whether a text is about another city, province or country than this district ({@code nlp/other-places.txt}):
 * a word for such a place as such (隔壁市), or a place's name (成都) that is neither part of a street or a side
 * (北京路, 河南岸) nor where someone comes from (上海人, 从成都来的).
 */
public final class OtherPlaces {

    static final String RESOURCE = "/nlp/other-places.txt";

    private static final class Holder {
        static final OtherPlaces SHARED = new OtherPlaces(WordFile.fromClasspath(RESOURCE));

        private Holder() {
        }
    }

    private final List<String> words;
    private final List<String> names;
    private final List<String> followedByNoPlace;
    private final List<String> precededByNoPlace;

    OtherPlaces(WordFile file) {
        this.words = folded(file.requiredEntries(""));
        this.names = folded(file.requiredEntries("names"));
        this.followedByNoPlace = folded(file.requiredEntries("not-a-place-when-followed-by"));
        this.precededByNoPlace = folded(file.requiredEntries("not-a-place-when-preceded-by"));
    }

    public static OtherPlaces shared() {
        return Holder.SHARED;
    }

    /** The first word or name of the file (in sorted order) that the text names as a place, folded. */
    public Optional<String> named(String text) {
        String folded = ChineseFold.foldKeepingLength(text);
        Optional<String> word = words.stream().filter(folded::contains).findFirst();
        return word.isPresent() ? word : names.stream().filter(name -> namesAPlace(folded, name)).findFirst();
    }

    private boolean namesAPlace(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            String before = text.substring(0, at);
            String after = text.substring(at + name.length());
            if (followedByNoPlace.stream().noneMatch(after::startsWith)
                    && precededByNoPlace.stream().noneMatch(before::endsWith)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> folded(List<String> entries) {
        return entries.stream().map(ChineseFold::foldKeepingLength).sorted().toList();
    }
}
