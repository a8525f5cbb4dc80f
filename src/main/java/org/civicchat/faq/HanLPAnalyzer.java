package org.civicchat.faq;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.civicchat.nlp.ChineseFoldCharFilter;
import org.civicchat.nlp.HanLPTokenizer;
import org.civicchat.nlp.Segmenter;

import java.io.Reader;
import java.util.Objects;

/**
 * Words of Chinese text for the FAQ index: {@link ChineseFoldCharFilter} (the one fold: width, traditional, case, emoji, spaces),
 * {@link HanLPTokenizer} (HanLP words with offsets; the duplicate finder uses the same), {@link CompoundSplitFilter} (long compounds into their words),
 * {@link PunctuationStopFilter} (punctuation, stop words).
 *
 * <p>It does not handle: synonyms (expanded on the query side), typos (the char bigram field helps there),
 * stemming or Latin-script stop words.
 */
final class HanLPAnalyzer extends Analyzer {

    private final Segmenter segmenter;
    private final CharArraySet stopWords;

    HanLPAnalyzer(Segmenter segmenter, CharArraySet stopWords) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.stopWords = CharArraySet.unmodifiableSet(Objects.requireNonNull(stopWords, "stopWords"));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HanLPTokenizer(segmenter);
        TokenStream result = new PunctuationStopFilter(new CompoundSplitFilter(source), stopWords);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ChineseFoldCharFilter(reader);
    }
}
