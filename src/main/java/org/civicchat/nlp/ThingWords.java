package org.civicchat.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The people and things a text names, by {@link Thesaurus} code: its nouns the thesaurus knows, and for a noun it
 * does not know (狗粮), the thing-characters inside it. Results are sorted, so the same text always gives
 * the same map.
 */
public final class ThingWords {

    private static final class Holder {
        static final ThingWords SHARED = new ThingWords(new Segmenter(), Thesaurus.shared());
    }

    private final Segmenter segmenter;
    private final Thesaurus thesaurus;

    ThingWords(Segmenter segmenter, Thesaurus thesaurus) {
        this.segmenter = segmenter;
        this.thesaurus = thesaurus;
    }

    public static ThingWords shared() {
        return Holder.SHARED;
    }

    /** Each code the text names, with the words of the text that name it. */
    public Map<ThesaurusCode, Set<String>> in(String text) {
        return in(text, true);
    }

    /** The same, from the nouns the thesaurus knows only: nothing read from inside a compound. */
    public Map<ThesaurusCode, Set<String>> inWholeWords(String text) {
        return in(text, false);
    }

    private Map<ThesaurusCode, Set<String>> in(String text, boolean insideCompounds) {
        Map<ThesaurusCode, Set<String>> things = new TreeMap<>(java.util.Comparator.comparing(ThesaurusCode::code));
        for (Token token : segmenter.segment(text)) {
            if (!token.nature().startsWith("n")) {
                continue;
            }
            String word = ChineseFold.foldKeepingLength(token.word());
            List<ThesaurusCode> codes = thesaurus.codesOf(word);
            if (!codes.isEmpty()) {
                codes.forEach(code -> things.computeIfAbsent(code, c -> new TreeSet<>()).add(word));
                continue;
            }
            for (int i = 0; insideCompounds && word.length() > 1 && i < word.length(); i++) {
                String character = word.substring(i, i + 1);
                for (ThesaurusCode code : thesaurus.codesOf(character)) {
                    if (code.namesThing()) {
                        things.computeIfAbsent(code, c -> new TreeSet<>()).add(character);
                    }
                }
            }
        }
        return things;
    }
}
