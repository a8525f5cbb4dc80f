package org.civicchat.faq;

import java.util.Objects;

/**
 * A few sentences of a policy document in {@code seeds/}.
 *
 * @param documentTitle the document's title from {@code seeds/titles.tsv}
 * @param file          the document's file name
 * @param number        the passage's position in the document, from 1
 */
public record SeedPassage(String documentTitle, String file, int number, String text) {

    public SeedPassage {
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }
}
