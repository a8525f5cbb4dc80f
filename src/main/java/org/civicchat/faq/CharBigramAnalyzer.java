package org.civicchat.faq;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.civicchat.nlp.ChineseFoldCharFilter;

import java.io.Reader;

/**
 * Han character pairs of folded text ({@link ChineseFoldCharFilter}, {@link CharBigramTokenizer}), for a second
 * field that still matches when HanLP splits a question differently from the FAQ or a character is mistyped.
 *
 * <p>It does not handle: stop words (pairs such as {@code 什么} stay and score low by their frequency),
 * synonyms, homophones.
 */
final class CharBigramAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new CharBigramTokenizer();
        return new TokenStreamComponents(source, source);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ChineseFoldCharFilter(reader);
    }
}
