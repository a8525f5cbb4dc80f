package org.civicchat.faq;

import org.apache.lucene.analysis.CharArraySet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stop words of the FAQ analyzer, from {@code stopwords.txt} beside this class on the class path. */
final class StopWords {

    private static final String RESOURCE = "stopwords.txt";

    private StopWords() {
    }

    static CharArraySet defaults() {
        CharArraySet words = new CharArraySet(256, false);
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return CharArraySet.unmodifiableSet(words);
    }
}
