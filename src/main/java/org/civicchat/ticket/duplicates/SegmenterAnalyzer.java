package org.civicchat.ticket.duplicates;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.civicchat.nlp.ChineseFoldCharFilter;
import org.civicchat.nlp.HanLPTokenizer;
import org.civicchat.nlp.Segmenter;
import org.civicchat.nlp.StopWords;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chinese words for comparing complaint texts, on the one analysis chain of CivicChat:
 * {@link ChineseFoldCharFilter} (the chat's fold, offsets into the text as typed), {@link HanLPTokenizer}
 * (the FAQ's tokenizer), then {@link ContentWords}: content words only (nouns, verbs, words of two or more
 * characters), no punctuation, no word of {@code nlp/stopwords.txt} or {@code nlp/report-fillers.txt}.
 * It does not handle synonyms (坏了/不亮) or stemming.
 */
final class SegmenterAnalyzer extends Analyzer {

    static final String FILLERS_RESOURCE = "/nlp/report-fillers.txt";
    private static final CharArraySet DROPPED = dropped();

    private final Segmenter segmenter;

    SegmenterAnalyzer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HanLPTokenizer(segmenter);
        return new TokenStreamComponents(source, new ContentWords(source));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ChineseFoldCharFilter(reader);
    }

    /** The content words of a text, as this analyzer keeps them, each once, in text order. */
    List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = tokenStream("", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory text failed", e);
        }
        return new ArrayList<>(words);
    }

    /** Keeps the words that can tell two reports apart. */
    static final class ContentWords extends FilteringTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        ContentWords(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            String nature = type.type();
            if (term.length() == 0 || DROPPED.contains(term.buffer(), 0, term.length()) || nature.startsWith("w")) {
                return false;
            }
            String word = term.toString();
            if (!word.codePoints().allMatch(Character::isLetterOrDigit)) {
                return false;
            }
            return word.length() >= 2 || nature.startsWith("n") || nature.startsWith("v");
        }
    }

    private static CharArraySet dropped() {
        CharArraySet words = new CharArraySet(StopWords.defaults(), false);
        try (InputStream in = SegmenterAnalyzer.class.getResourceAsStream(FILLERS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + FILLERS_RESOURCE);
            }
            WordlistLoader.getWordSet(new InputStreamReader(in, StandardCharsets.UTF_8), "#", words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILLERS_RESOURCE, e);
        }
        return CharArraySet.unmodifiableSet(words);
    }
}
