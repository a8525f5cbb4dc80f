package org.civicchat.faq;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable in-memory Lucene index of FAQ entries and seed passages, with what the confidence needs: the words
 * of each entry's questions and answer and in how many entries each word occurs. One document per way of asking
 * an entry (fields {@value #VARIANT} and {@value #VARIANT_BIGRAMS}), one per answer ({@value #ANSWER}) and one per
 * passage ({@value #PASSAGE}). Reference counted so that a replaced index is closed only when no search uses it.
 */
final class FaqIndex {

    static final String VARIANT = "q";
    static final String VARIANT_BIGRAMS = "qb";
    static final String ANSWER = "a";
    static final String PASSAGE = "p";

    private static final String KIND = "kind";
    private static final String ORD = "ord";
    private static final byte KIND_VARIANT = 0;
    private static final byte KIND_ANSWER = 1;
    private static final byte KIND_PASSAGE = 2;

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
    private final byte[] kindByDoc;
    private final int[] ordByDoc;

    private FaqIndex(List<FaqEntry> entries, List<SeedPassage> passages, List<Vocabulary> entryWords,
                     List<Set<String>> passageWords, DirectoryReader reader) throws IOException {
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
    }

    static FaqIndex build(List<FaqEntry> entries, List<SeedPassage> passages, Analyzer words, Analyzer bigrams) {
        Analyzer perField = perField(words, bigrams);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Vocabulary> entryWords = new ArrayList<>(entries.size());
        List<Set<String>> passageWords = new ArrayList<>(passages.size());
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (int ord = 0; ord < entries.size(); ord++) {
                FaqEntry entry = entries.get(ord);
                Set<String> questionWords = new HashSet<>();
                Set<String> questionBigrams = new HashSet<>();
                for (String variant : entry.variants()) {
                    writer.addDocument(document(KIND_VARIANT, ord, new TextField(VARIANT, variant, Field.Store.NO),
                            new TextField(VARIANT_BIGRAMS, variant, Field.Store.NO)));
                    questionWords.addAll(words(words, variant));
                    questionBigrams.addAll(words(bigrams, variant));
                }
                writer.addDocument(document(KIND_ANSWER, ord, new TextField(ANSWER, entry.answer(), Field.Store.NO)));
                entryWords.add(new Vocabulary(Set.copyOf(questionWords), Set.copyOf(questionBigrams),
                        Set.copyOf(words(words, entry.answer()))));
            }
            for (int ord = 0; ord < passages.size(); ord++) {
                String text = passages.get(ord).text();
                writer.addDocument(document(KIND_PASSAGE, ord, new TextField(PASSAGE, text, Field.Store.NO)));
                passageWords.add(Set.copyOf(words(words, text)));
            }
            writer.commit();
            return new FaqIndex(entries, passages, entryWords, passageWords, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory FAQ index failed", e);
        }
    }

    private static Analyzer perField(Analyzer words, Analyzer bigrams) {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return VARIANT_BIGRAMS.equals(fieldName) ? bigrams : words;
            }
        };
    }

    private static Document document(byte kind, int ord, Field... fields) {
        Document document = new Document();
        document.add(new NumericDocValuesField(KIND, kind));
        document.add(new NumericDocValuesField(ORD, ord));
        for (Field field : fields) {
            document.add(field);
        }
        return document;
    }

    private static List<String> words(Analyzer analyzer, String text) {
        return QuestionParser.terms(analyzer, text).stream().map(QuestionParser.Term::text).toList();
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

    /** Entries by best variant score plus answer score, best first. */
    List<Scored> searchEntries(Query query) {
        double[] variant = new double[entries.size()];
        double[] answer = new double[entries.size()];
        for (ScoreDoc hit : search(query)) {
            int ord = ordByDoc[hit.doc];
            if (kindByDoc[hit.doc] == KIND_VARIANT) {
                variant[ord] = Math.max(variant[ord], hit.score);
            } else if (kindByDoc[hit.doc] == KIND_ANSWER) {
                answer[ord] = Math.max(answer[ord], hit.score);
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int ord = 0; ord < entries.size(); ord++) {
            double score = variant[ord] + answer[ord];
            if (score > 0) {
                scored.add(new Scored(ord, score));
            }
        }
        scored.sort((a, b) -> Double.compare(b.score(), a.score()));
        return scored;
    }

    /** Passages by score, best first. */
    List<Scored> searchPassages(Query query) {
        List<Scored> scored = new ArrayList<>();
        for (ScoreDoc hit : search(query)) {
            if (kindByDoc[hit.doc] == KIND_PASSAGE) {
                scored.add(new Scored(ordByDoc[hit.doc], hit.score));
            }
        }
        return scored;
    }

    private ScoreDoc[] search(Query query) {
        try {
            return searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs;
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
