package org.civicchat.faq;

import org.civicchat.nlp.ChineseFold;
import org.civicchat.nlp.OtherPlaces;
import org.civicchat.nlp.OutOfScopeAsks;
import org.civicchat.nlp.ThesaurusCode;
import org.civicchat.nlp.ThingWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a question is about something an entry is not, though worded almost alike: a sibling of the thing the
 * entry is about (养猫要办证吗 beside the entry on 养狗: another animal, vehicle or document of the same kind, by
 * {@link org.civicchat.nlp.Thesaurus} code), another city (隔壁市的创建排第几, 成都几点以后不能遛狗), or a kind of ask the
 * entry never answers (头盔哪个牌子好 beside the helmet rule, by {@link OutOfScopeAsks}). The sentence model puts such
 * questions next to the entry, and the resident would get a confident answer to another question.
 * <p>
 * An entry's subjects are the things named by at least {@link #SUBJECT_SHARE} of its ways of asking (狗 or 犬 in
 * most of the dog entry's). A question swaps a subject when it names none of the subject's words and names a
 * sibling that the entry's wordings and answer never mention.
 */
final class SubjectCheck {

    /** A thing is an entry's subject when at least this share of its ways of asking name it (and two at least). */
    static final double SUBJECT_SHARE = 0.4;

    /** A thing an entry is about, and the words its wordings name it by. */
    record Subject(ThesaurusCode code, Set<String> words) {
    }

    private final List<List<Subject>> subjects;
    private final List<String> entryTexts;
    private final ThingWords things;
    private final OtherPlaces otherPlaces;
    private final OutOfScopeAsks asks;

    private SubjectCheck(List<List<Subject>> subjects, List<String> entryTexts, ThingWords things,
                         OtherPlaces otherPlaces, OutOfScopeAsks asks) {
        this.subjects = subjects;
        this.entryTexts = entryTexts;
        this.things = things;
        this.otherPlaces = otherPlaces;
        this.asks = asks;
    }

    static SubjectCheck of(List<FaqEntry> entries) {
        return of(entries, ThingWords.shared(), OtherPlaces.shared(), OutOfScopeAsks.shared());
    }

    static SubjectCheck of(List<FaqEntry> entries, ThingWords things, OtherPlaces otherPlaces, OutOfScopeAsks asks) {
        List<List<Subject>> subjects = new ArrayList<>(entries.size());
        List<String> texts = new ArrayList<>(entries.size());
        for (FaqEntry entry : entries) {
            subjects.add(subjectsOf(entry, things));
            texts.add(ChineseFold.foldKeepingLength(String.join("\n", entry.variants()) + "\n" + entry.answer()));
        }
        return new SubjectCheck(List.copyOf(subjects), List.copyOf(texts), things, otherPlaces, asks);
    }

    /** The entry's subjects, in code order. */
    List<Subject> subjects(int ord) {
        return subjects.get(ord);
    }

    /**
     * What the question asks about that the entry does not cover, if anything: {@code 猫} beside the entry on dogs,
     * {@code 隔壁市}, {@code 品牌选购}; empty when nothing says so.
     */
    Optional<String> mismatch(String question, int ord) {
        String entryText = entryTexts.get(ord);
        Optional<String> place = otherPlaces.named(question).filter(word -> !entryText.contains(word));
        if (place.isPresent()) {
            return place;
        }
        Optional<String> ask = asks.notAnsweredBy(question, entryText);
        if (ask.isPresent()) {
            return ask;
        }
        String folded = ChineseFold.foldKeepingLength(question);
        Map<ThesaurusCode, Set<String>> named = null;
        for (Subject subject : subjects.get(ord)) {
            if (subject.words().stream().anyMatch(folded::contains)) {
                continue;
            }
            if (named == null) {
                named = things.in(question);
            }
            for (Map.Entry<ThesaurusCode, Set<String>> thing : named.entrySet()) {
                if (thing.getKey().isSiblingOf(subject.code())
                        && thing.getValue().stream().noneMatch(entryText::contains)) {
                    return Optional.of(String.join("、", thing.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A thing read from inside a compound (狗 of 遛狗) counts only when two wordings at least also name it as a word of
     * its own (带狗坐电梯): else 线 of 斑马线 or 城 of 创城 would become subjects.
     */
    private static List<Subject> subjectsOf(FaqEntry entry, ThingWords things) {
        Map<ThesaurusCode, Integer> asWordCounts = new HashMap<>();
        entry.variants().forEach(variant -> things.inWholeWords(variant).keySet()
                .forEach(code -> asWordCounts.merge(code, 1, Integer::sum)));
        Set<ThesaurusCode> asWords = new HashSet<>();
        asWordCounts.forEach((code, count) -> {
            if (count >= 2) {
                asWords.add(code);
            }
        });
        Map<ThesaurusCode, Integer> wordings = new HashMap<>();
        Map<ThesaurusCode, TreeSet<String>> words = new HashMap<>();
        for (String variant : entry.variants()) {
            things.in(variant).forEach((code, named) -> {
                if (asWords.contains(code)) {
                    wordings.merge(code, 1, Integer::sum);
                    words.computeIfAbsent(code, c -> new TreeSet<>()).addAll(named);
                }
            });
        }
        int needed = Math.max(2, (int) Math.ceil(entry.variants().size() * SUBJECT_SHARE));
        return wordings.entrySet().stream().filter(e -> e.getValue() >= needed)
                .map(e -> new Subject(e.getKey(), java.util.Collections.unmodifiableSortedSet(words.get(e.getKey()))))
                .sorted(java.util.Comparator.comparing(s -> s.code().code())).toList();
    }
}
