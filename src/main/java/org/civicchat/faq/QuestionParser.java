package org.civicchat.faq;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.civicchat.nlp.ChineseFold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a question into {@link Question.Concept}s: phrases of the FAQ's synonym file first (with their group),
 * then the remaining words with their synonyms from {@link FaqSynonyms}. Thread-safe.
 */
final class QuestionParser {

    /** Bound of the cache of analyzed synonyms; it is emptied when full. */
    private static final int CACHE_LIMIT = 20_000;

    private final Analyzer words;
    private final Analyzer bigrams;
    private final FaqSynonyms synonyms;
    private final PhraseSynonyms phrases;
    private final Map<String, List<String>> analyzed = new ConcurrentHashMap<>();

    QuestionParser(Analyzer words, Analyzer bigrams, FaqSynonyms synonyms, PhraseSynonyms phrases) {
        this.words = Objects.requireNonNull(words, "words");
        this.bigrams = Objects.requireNonNull(bigrams, "bigrams");
        this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
        this.phrases = Objects.requireNonNull(phrases, "phrases");
    }

    /** The question without repairing sound-alike slips (for tests and tools). */
    Question parse(String text) {
        return parse(text, null);
    }

    /**
     * @param index the index whose words are known, to repair runs of unknown words or single characters that
     *              sound like one of its wordings; null not to repair
     */
    Question parse(String text, FaqIndex index) {
        String folded = ChineseFold.foldKeepingLength(text);
        List<Term> tokens = terms(words, folded);
        boolean[] used = new boolean[tokens.size()];
        boolean[] named = new boolean[folded.length()];
        tokens.forEach(token -> Arrays.fill(named, token.start(), token.end(), true));
        List<Question.Concept> concepts = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (PhraseSynonyms.Hit hit : phrases.find(folded)) {
            List<String> typed = tokensOf(hit.phrase());
            if (typed.isEmpty()) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                used[i] |= tokens.get(i).start() >= hit.start() && tokens.get(i).end() <= hit.end();
            }
            Arrays.fill(named, hit.start(), hit.end(), true);
            addConcept(concepts, seen, hit.phrase(), typed, hit.others(), 1.0);
        }
        if (index != null) {
            repairSoundAlikes(folded, tokens, used, index, concepts, seen);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                String word = tokens.get(i).text();
                addConcept(concepts, seen, word, List.of(word), synonyms.of(word), salience(tokens.get(i).type()));
            }
        }
        List<String> pairs = terms(bigrams, folded).stream().map(Term::text).distinct().toList();
        return new Question(folded, List.copyOf(concepts), pairs, !concepts.isEmpty() && unnamed(folded, named) <= 1);
    }

    /** How many letters and digits of the text are in no concept. */
    private static int unnamed(String folded, boolean[] named) {
        int count = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (!named[i] && Character.isLetterOrDigit(folded.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Replaces runs of adjacent tokens (2 to {@link PinyinRepair#MAX_CHARS} characters) that hold an unknown word or
     * a single character and sound like a wording of the FAQ, longest run first, by a concept for that wording.
     */
    private void repairSoundAlikes(String folded, List<Term> tokens, boolean[] used, FaqIndex index,
                                   List<Question.Concept> concepts, Set<List<String>> seen) {
        for (int i = 0; i < tokens.size(); i++) {
            for (int j = Math.min(tokens.size() - 1, i + PinyinRepair.MAX_CHARS - 1); j >= i; j--) {
                if (!repairable(tokens, used, index, i, j)) {
                    continue;
                }
                String run = folded.substring(tokens.get(i).start(), tokens.get(j).end());
                List<String> form = index.pinyin().formSoundingLike(run);
                if (form == null || String.join("", form).equals(run)) {
                    continue;
                }
                Arrays.fill(used, i, j + 1, true);
                String word = String.join("", form);
                addConcept(concepts, seen, word, form, form.size() == 1 ? synonyms.of(word) : List.of(), 1.0);
                i = j;
                break;
            }
        }
    }

    private static boolean repairable(List<Term> tokens, boolean[] used, FaqIndex index, int from, int to) {
        boolean odd = false;
        for (int k = from; k <= to; k++) {
            Term token = tokens.get(k);
            if (used[k] || (k > from && tokens.get(k - 1).end() != token.start())) {
                return false;
            }
            odd |= token.text().length() == 1 || !index.knows(token.text());
        }
        return odd && tokens.get(to).end() - tokens.get(from).start() <= PinyinRepair.MAX_CHARS;
    }

    private void addConcept(List<Question.Concept> concepts, Set<List<String>> seen, String text,
                            List<String> typed, List<String> others, double salience) {
        if (!seen.add(typed)) {
            return;
        }
        Set<List<String>> forms = new LinkedHashSet<>();
        forms.add(typed);
        for (String other : others) {
            List<String> form = tokensOf(other);
            if (!form.isEmpty()) {
                forms.add(form);
            }
        }
        concepts.add(new Question.Concept(text, List.copyOf(forms), salience));
    }

    /**
     * Salience by HanLP part of speech: nouns, noun-like words, idioms, abbreviations and Latin words name the
     * topic (1); verbs and adjectives less (0.5), numbers 0.6; adverbs, pronouns, place and time words the least.
     */
    static double salience(String nature) {
        if (nature.isEmpty()) {
            return 0.3;
        }
        if (nature.startsWith("n") || nature.equals("vn") || nature.equals("an") || nature.startsWith("g")
                || nature.equals("i") || nature.equals("j") || nature.equals("l") || nature.equals("x")) {
            return 1.0;
        }
        if (nature.startsWith("v") || nature.startsWith("a")) {
            return 0.5;
        }
        return nature.startsWith("m") ? 0.6 : 0.3;
    }

    /** The analyzed tokens of a synonym or phrase, cached: the same few thousand words come back. */
    List<String> tokensOf(String word) {
        List<String> cached = analyzed.get(word);
        if (cached != null) {
            return cached;
        }
        List<String> tokens = terms(words, word).stream().map(Term::text).toList();
        if (analyzed.size() >= CACHE_LIMIT) {
            analyzed.clear();
        }
        analyzed.put(word, tokens);
        return tokens;
    }

    /** A token with its offsets and type (the HanLP part of speech for words). */
    record Term(String text, int start, int end, String type) {
    }

    static List<Term> terms(Analyzer analyzer, String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset(), type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory text failed", e);
        }
        return terms;
    }
}
