package org.civicchat.faq;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.civicchat.nlp.SentenceEmbedder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes FAQ entries and seed passages into a fresh in-memory index ({@link ByteBuffersDirectory}) and gathers the
 * words the confidence needs. Variants, answers and passages go into a segment each (no merging), so that every
 * field has dense norms in its segment. Every variant, answer and passage also gets its sentence vector
 * ({@value FaqIndex#VARIANT_VECTOR}, {@value FaqIndex#ANSWER_VECTOR}, {@value FaqIndex#PASSAGE_VECTOR}); the embedder keeps them on disk, so an
 * unchanged text is not embedded again.
 */
final class FaqIndexBuilder {

    /**
     * The vectors are searched by an exact scan ({@link FaqIndex#entrySimilarities}): a thousand of them take less
     * time than walking a graph. The HNSW graph Lucene builds beside them is kept small (8 links, a beam of 16
     * instead of 16 and 100), enough for a {@code KnnFloatVectorQuery}, so that a start-up or a console edit does
     * not spend a third of the index build on a graph nobody walks.
     */
    private static final Codec SMALL_GRAPH = new Lucene912Codec() {
        private final KnnVectorsFormat format = new Lucene99HnswVectorsFormat(8, 16);

        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return format;
        }
    };

    private FaqIndexBuilder() {
    }

    static FaqIndex build(List<FaqEntry> entries, List<SeedPassage> passages, Analyzer words, Analyzer bigrams,
                          SentenceEmbedder embedder) {
        Analyzer perField = perField(words, bigrams);
        List<String> variantTexts = entries.stream().flatMap(entry -> entry.variants().stream()).toList();
        List<float[]> variantVectors = embedder.embedAll(variantTexts);
        List<float[]> passageVectors = embedder.embedAll(passages.stream().map(SeedPassage::text).toList());
        List<float[]> answerVectors = embedder.embedAll(entries.stream().map(FaqEntry::answer).toList());
        int variantNumber = 0;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<FaqIndex.Vocabulary> entryWords = new ArrayList<>(entries.size());
        List<Set<String>> passageWords = new ArrayList<>(passages.size());
        List<List<String>> wordings = new ArrayList<>();
        IndexWriterConfig config = new IndexWriterConfig(perField).setMergePolicy(NoMergePolicy.INSTANCE)
                .setCodec(SMALL_GRAPH);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ord = 0; ord < entries.size(); ord++) {
                FaqEntry entry = entries.get(ord);
                Set<String> questionWords = new HashSet<>();
                Set<String> questionBigrams = new HashSet<>();
                for (String variant : entry.variants()) {
                    writer.addDocument(document(FaqIndex.KIND_VARIANT, ord,
                            new TextField(FaqIndex.VARIANT, variant, Field.Store.NO),
                            new TextField(FaqIndex.VARIANT_BIGRAMS, variant, Field.Store.NO),
                            vector(FaqIndex.VARIANT_VECTOR, variantVectors.get(variantNumber++))));
                    List<String> wording = words(words, variant);
                    wordings.add(wording);
                    questionWords.addAll(wording);
                    questionBigrams.addAll(words(bigrams, variant));
                }
                entryWords.add(new FaqIndex.Vocabulary(Set.copyOf(questionWords), Set.copyOf(questionBigrams),
                        Set.copyOf(words(words, entry.answer()))));
            }
            writer.flush();
            for (int ord = 0; ord < entries.size(); ord++) {
                TextField answer = new TextField(FaqIndex.ANSWER, entries.get(ord).answer(), Field.Store.NO);
                writer.addDocument(document(FaqIndex.KIND_ANSWER, ord, answer,
                        vector(FaqIndex.ANSWER_VECTOR, answerVectors.get(ord))));
            }
            writer.flush();
            for (int ord = 0; ord < passages.size(); ord++) {
                String text = passages.get(ord).text();
                TextField passage = new TextField(FaqIndex.PASSAGE, text, Field.Store.NO);
                writer.addDocument(document(FaqIndex.KIND_PASSAGE, ord, passage,
                        vector(FaqIndex.PASSAGE_VECTOR, passageVectors.get(ord))));
                passageWords.add(Set.copyOf(words(words, text)));
            }
            writer.commit();
            return new FaqIndex(entries, passages, entryWords, passageWords, new PinyinRepair(wordings),
                    SubjectCheck.of(entries), DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory FAQ index failed", e);
        }
    }

    private static Analyzer perField(Analyzer words, Analyzer bigrams) {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return FaqIndex.VARIANT_BIGRAMS.equals(fieldName) ? bigrams : words;
            }
        };
    }

    private static Field vector(String field, float[] vector) {
        return new KnnFloatVectorField(field, vector, VectorSimilarityFunction.DOT_PRODUCT);
    }

    private static Document document(byte kind, int ord, Field... fields) {
        Document document = new Document();
        document.add(new NumericDocValuesField(FaqIndex.KIND, kind));
        document.add(new NumericDocValuesField(FaqIndex.ORD, ord));
        for (Field field : fields) {
            document.add(field);
        }
        return document;
    }

    private static List<String> words(Analyzer analyzer, String text) {
        return QuestionParser.terms(analyzer, text).stream().map(QuestionParser.Term::text).toList();
    }
}
