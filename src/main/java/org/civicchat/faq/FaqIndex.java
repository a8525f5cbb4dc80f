package org.civicchat.faq;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermQuery;
import org.civicchat.nlp.VectorMatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable in-memory Lucene index of FAQ entries and seed passages, with what the confidence needs: the words
 * of each entry's questions and answer and in how many entries each word occurs. One document per way of asking
 * an entry (fields {@value #VARIANT} and {@value #VARIANT_BIGRAMS}), one per answer ({@value #ANSWER}) and one per
 * passage ({@value #PASSAGE}), each kind in a segment of its own so that every field is dense in its segment
 * (sparse norms cost a fifth of the search time); {@link FaqIndexBuilder} writes it. Reference counted so that a
 * replaced index is closed only when no search uses it.
 */
final class FaqIndex {

    static final String VARIANT = "q";
    static final String VARIANT_BIGRAMS = "qb";
    static final String ANSWER = "a";
    static final String PASSAGE = "p";
    static final String VARIANT_VECTOR = "qv";
    static final String PASSAGE_VECTOR = "pv";
    static final String ANSWER_VECTOR = "av";

    /** Bound of the cache of term statistics; it is emptied when full (questions bring unknown words). */
    private static final int TERM_CACHE_LIMIT = 50_000;
    static final String KIND = "kind";
    static final String ORD = "ord";
    static final byte KIND_VARIANT = 0;
    static final byte KIND_ANSWER = 1;
    static final byte KIND_PASSAGE = 2;

    /** Words of one entry, or of one passage. */
    record Vocabulary(Set<String> questionWords, Set<String> questionBigrams, Set<String> answerWords) {
    }

    /** An entry or passage (by position) and its Lucene score. */
    record Scored(int ord, double score) {
    }

    private final List<FaqEntry> entries;
    private final Map<String, Integer> ordById;
    private final List<SeedPassage> passages;
    private final List<Vocabulary> entryWords;
    private final List<Set<String>> passageWords;
    private final Map<String, Integer> entryFrequency;
    private final Map<String, Integer> passageFrequency;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final PinyinRepair pinyin;
    private final SubjectCheck subjects;
    private final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();
    private final byte[] kindByDoc;
    private final int[] ordByDoc;
    /** The sentence vector of every way of asking, and the entry each belongs to, in index order. */
    private final VectorMatrix variantVectors;
    private final int[] variantEntry;
    private final VectorMatrix passageVectors;
    private final VectorMatrix answerVectors;

    FaqIndex(List<FaqEntry> entries, List<SeedPassage> passages, List<Vocabulary> entryWords,
                     List<Set<String>> passageWords, PinyinRepair pinyin, SubjectCheck subjects, DirectoryReader reader)
            throws IOException {
        this.pinyin = pinyin;
        this.subjects = subjects;
        this.entries = List.copyOf(entries);
        this.passages = List.copyOf(passages);
        this.entryWords = List.copyOf(entryWords);
        this.passageWords = List.copyOf(passageWords);
        Map<String, Integer> ords = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ords.put(entries.get(i).id(), i);
        }
        this.ordById = Map.copyOf(ords);
        this.entryFrequency = frequencies(entryWords.stream().map(FaqIndex::allWords).toList());
        this.passageFrequency = frequencies(passageWords);
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.kindByDoc = new byte[reader.maxDoc()];
        this.ordByDoc = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues kinds = leaf.reader().getNumericDocValues(KIND);
            NumericDocValues ordValues = leaf.reader().getNumericDocValues(ORD);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                kinds.advanceExact(doc);
                ordValues.advanceExact(doc);
                kindByDoc[leaf.docBase + doc] = (byte) kinds.longValue();
                ordByDoc[leaf.docBase + doc] = (int) ordValues.longValue();
            }
        }
        List<float[]> variants = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        float[][] passageVectors = new float[passages.size()][];
        float[][] answerVectors = new float[entries.size()][];
        for (LeafReaderContext leaf : reader.leaves()) {
            readVectors(leaf, VARIANT_VECTOR, (doc, vector) -> {
                variants.add(vector);
                owners.add(ordByDoc[doc]);
            });
            readVectors(leaf, PASSAGE_VECTOR, (doc, vector) -> passageVectors[ordByDoc[doc]] = vector);
            readVectors(leaf, ANSWER_VECTOR, (doc, vector) -> answerVectors[ordByDoc[doc]] = vector);
        }
        int dimension = java.util.stream.Stream.of(variants, Arrays.asList(passageVectors), Arrays.asList(answerVectors))
                .flatMap(List::stream).filter(java.util.Objects::nonNull).mapToInt(v -> v.length).findFirst().orElse(0);
        this.variantVectors = VectorMatrix.of(variants, dimension);
        this.passageVectors = VectorMatrix.of(Arrays.asList(passageVectors), dimension);
        this.answerVectors = VectorMatrix.of(Arrays.asList(answerVectors), dimension);
        this.variantEntry = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    private interface VectorSink {
        void accept(int globalDoc, float[] vector);
    }

    private static void readVectors(LeafReaderContext leaf, String field, VectorSink sink) throws IOException {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
        if (values == null) {
            return;
        }
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            sink.accept(leaf.docBase + doc, values.vectorValue().clone());
        }
    }

    /**
     * Every entry's best cosine similarity to the question over its ways of asking (-1 for none); an exact scan,
     * as a few hundred vectors take less time than walking a graph.
     */
    double[] entrySimilarities(float[] question) {
        double[] best = new double[entries.size()];
        Arrays.fill(best, -1);
        double[] similarities = variantVectors.similarities(question);
        for (int i = 0; i < similarities.length; i++) {
            int ord = variantEntry[i];
            best[ord] = Math.max(best[ord], similarities[i]);
        }
        return best;
    }

    /** Every passage's cosine similarity to the question. */
    double[] passageSimilarities(float[] question) {
        return passageVectors.similarities(question);
    }

    /** Every entry's answer's cosine similarity to the question. */
    double[] answerSimilarities(float[] question) {
        return answerVectors.similarities(question);
    }

    private static Set<String> allWords(Vocabulary vocabulary) {
        Set<String> all = new HashSet<>(vocabulary.questionWords());
        all.addAll(vocabulary.answerWords());
        return all;
    }

    private static Map<String, Integer> frequencies(List<Set<String>> documents) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Set<String> words : documents) {
            for (String word : words) {
                frequency.merge(word, 1, Integer::sum);
            }
        }
        return Map.copyOf(frequency);
    }

    /**
     * A query for one term, with its statistics looked up once per index: a question has dozens of terms and
     * seeking each in the terms dictionary would cost more than scoring the few hundred documents.
     */
    Query termQuery(String field, String text) {
        Term term = new Term(field, text);
        TermStates states = termStates.get(term);
        if (states == null) {
            try {
                states = TermStates.build(searcher, term, true);
            } catch (IOException e) {
                throw new UncheckedIOException("looking up a term in the in-memory FAQ index failed", e);
            }
            if (termStates.size() >= TERM_CACHE_LIMIT) {
                termStates.clear();
            }
            termStates.put(term, states);
        }
        return new TermQuery(term, states);
    }

    /** Entries by best variant score plus answer score, best first. */
    List<Scored> searchEntries(Query query) {
        BestScores best = search(query, entries.size());
        List<Scored> scored = new ArrayList<>();
        for (int ord = 0; ord < entries.size(); ord++) {
            double score = best.variant[ord] + best.answer[ord];
            if (score > 0) {
                scored.add(new Scored(ord, score));
            }
        }
        // ties go to the id that sorts first, never to the order the entries were loaded in
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(one -> entryKey(one.ord())));
        return scored;
    }

    /** Passages by score, best first. */
    List<Scored> searchPassages(Query query) {
        BestScores best = search(query, passages.size());
        List<Scored> scored = new ArrayList<>();
        for (int ord = 0; ord < passages.size(); ord++) {
            if (best.passage[ord] > 0) {
                scored.add(new Scored(ord, best.passage[ord]));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(one -> passageKey(one.ord())));
        return scored;
    }

    private BestScores search(Query query, int size) {
        try {
            return searcher.search(query, new CollectorManager<BestScores, BestScores>() {
                @Override
                public BestScores newCollector() {
                    return new BestScores(size, kindByDoc, ordByDoc);
                }

                @Override
                public BestScores reduce(Collection<BestScores> collectors) {
                    BestScores all = new BestScores(size, kindByDoc, ordByDoc);
                    collectors.forEach(all::add);
                    return all;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory FAQ index failed", e);
        }
    }

    /** Takes a reference for one search; false when the index was already closed (the caller takes the new one). */
    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the replaced FAQ index failed", e);
        }
    }

    List<FaqEntry> entries() {
        return entries;
    }

    /** The stable key of an entry, for breaking ties: its id. */
    String entryKey(int ord) {
        return entry(ord).id();
    }

    /** The stable key of a passage, for breaking ties: its file and number, zero-padded to sort as numbers. */
    String passageKey(int ord) {
        SeedPassage passage = passage(ord);
        return passage.file() + "#" + String.format("%06d", passage.number());
    }

    FaqEntry entry(int ord) {
        return entries.get(ord);
    }

    Integer ordOf(String id) {
        return ordById.get(id);
    }

    SeedPassage passage(int ord) {
        return passages.get(ord);
    }

    int passageCount() {
        return passages.size();
    }

    Vocabulary entryWords(int ord) {
        return entryWords.get(ord);
    }

    Set<String> passageWords(int ord) {
        return passageWords.get(ord);
    }

    /** How informative a word is among entries: ln(1 + (N - n + 0.5) / (n + 0.5)), highest for unseen words. */
    double entryIdf(String word) {
        return idf(entries.size(), entryFrequency.getOrDefault(word, 0));
    }

    /** The FAQ words by sound, to repair input method slips. */
    /** What each entry is about, to tell a question on another thing of the same kind. */
    SubjectCheck subjects() {
        return subjects;
    }

    PinyinRepair pinyin() {
        return pinyin;
    }

    /** Whether any entry or passage has this word. */
    boolean knows(String word) {
        return entryFrequency.containsKey(word) || passageFrequency.containsKey(word);
    }

    double passageIdf(String word) {
        return idf(passages.size(), passageFrequency.getOrDefault(word, 0));
    }

    private static double idf(int documents, int containing) {
        return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
    }

    @Override
    public String toString() {
        return "FaqIndex" + Arrays.asList(entries.size() + " entries", passages.size() + " passages");
    }
}
