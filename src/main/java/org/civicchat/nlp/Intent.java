package org.civicchat.nlp;

import java.util.Locale;

/** What a resident's text message is for; ids match the labelled dev sets. */
public enum Intent {
    FAQ, COMPLAINT, TICKET_QUERY, SURVEY, GREETING, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Intent fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
