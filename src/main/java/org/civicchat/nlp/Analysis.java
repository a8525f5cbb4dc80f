package org.civicchat.nlp;

import java.util.List;

/**
 * What CivicChat understood of one text message.
 *
 * @param normalized          the text after {@link TextNormalizer}
 * @param intent              what the rules and cue words make of the text alone; {@code dialog.Understanding}
 *                            weighs it against the FAQ's answer before the chat acts on it
 * @param category            a ticket category id, only for complaints, else null
 * @param location            the first place the text names, exactly as the resident typed it (a substring of
 *                            {@code text}, full-width and traditional characters kept), for any intent; null
 *                            when the text names no identifiable place (我家楼下, 这条路)
 * @param keywords            up to five content words of the normalised text, in text order
 * @param ticketNumber        a ticket number in canonical form (WM20261125-0007) when the text holds one, else
 *                            null
 * @param complaintSimilarity the text's cosine similarity to the nearest of our example complaints, -1..1
 * @param questionForm        whether the text is worded as a question (吗, 能…不, 怎么, 哪里, a question mark)
 *                            rather than a rhetorical one (怎么还没人管)
 * @param complaintCategory   the category the text would be filed under as a complaint, whatever its intent (the
 *                            cue words and the nearest example complaints); {@code other} when nothing points
 * @param intentLikeness      the intents of the text's nearest example messages ({@link IntentLikeness#NONE}
 *                            when no sentence model read it)
 */
public record Analysis(String text, String normalized, Intent intent, String category, String location,
                       List<String> keywords, String ticketNumber, double complaintSimilarity,
                       boolean questionForm, String complaintCategory, IntentLikeness intentLikeness) {

    public Analysis {
        intentLikeness = intentLikeness == null ? IntentLikeness.NONE : intentLikeness;
    }

    /** Without the category a non-complaint would be filed under. */
    public Analysis(String text, String normalized, Intent intent, String category, String location,
                    List<String> keywords, String ticketNumber, double complaintSimilarity, boolean questionForm) {
        this(text, normalized, intent, category, location, keywords, ticketNumber, complaintSimilarity, questionForm,
                category, IntentLikeness.NONE);
    }

    /** Without the readings of the sentence model, as tests and older callers build it. */
    public Analysis(String text, String normalized, Intent intent, String category, String location,
                    List<String> keywords, String ticketNumber) {
        this(text, normalized, intent, category, location, keywords, ticketNumber, 0, false);
    }

    /** The same reading with another intent; the category is kept only for complaints. */
    public Analysis withIntent(Intent other, String complaintCategory) {
        return new Analysis(text, normalized, other, other == Intent.COMPLAINT ? complaintCategory : null, location,
                keywords, ticketNumber, complaintSimilarity, questionForm, this.complaintCategory, intentLikeness);
    }
}
