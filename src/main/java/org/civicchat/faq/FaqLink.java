package org.civicchat.faq;

import java.util.Objects;

/** A link under an FAQ answer; the title is the url when the content gives none. */
public record FaqLink(String title, String url) {

    public FaqLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
