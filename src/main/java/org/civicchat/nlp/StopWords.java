package org.civicchat.nlp;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one stop-word list of CivicChat's analysis, {@code src/main/resources/nlp/stopwords.txt}, read with
 * Lucene's {@link WordlistLoader} (one folded word a line, {@code #} comments). The FAQ analyzer and the
 * duplicate finder both drop these words.
 */
public final class StopWords {

    static final String RESOURCE = "/nlp/stopwords.txt";
    private static final CharArraySet DEFAULTS = load();

    private StopWords() {
    }

    /** The bundled list, unmodifiable. */
    public static CharArraySet defaults() {
        return DEFAULTS;
    }

    private static CharArraySet load() {
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            CharArraySet words = WordlistLoader.getWordSet(
                    new InputStreamReader(in, StandardCharsets.UTF_8), "#", new CharArraySet(256, false));
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
