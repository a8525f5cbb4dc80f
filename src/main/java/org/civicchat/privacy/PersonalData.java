package org.civicchat.privacy;

import org.civicchat.nlp.Segmenter;

/**
 * The one masker for every outward text: the Open311 feed, notices, CSV exports, log lines. Masks phone
 * numbers (mobile in any spacing, full-width digits, +86; landlines with an area code), 18-digit ID-card
 * numbers, bank card numbers, e-mail addresses and person names; ticket numbers, house numbers, dates and times
 * stay. See {@link NumberMasks} and {@link PersonNames} for what each recognises and what it does not.
 * Thread-safe.
 */
public final class PersonalData {

    private static final class Names {
        static final PersonNames INSTANCE = new PersonNames(new Segmenter());
    }

    private PersonalData() {
    }

    /** The text with every personal number, address and name masked ("138****5678", "张*"); null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Spans spans = new Spans();
        NumberMasks.find(Folding.fold(text), spans);
        Names.INSTANCE.find(text, spans);
        return spans.applyTo(text);
    }

    /** Only the numbers and e-mail addresses, without the name recognition: for hot paths such as log lines. */
    public static String maskNumbers(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Spans spans = new Spans();
        NumberMasks.find(Folding.fold(text), spans);
        return spans.applyTo(text);
    }

    /** "oAbC…xYz9": enough to correlate log lines, not enough to identify the resident. */
    public static String openid(String openid) {
        if (openid == null || openid.length() <= 8) {
            return "***";
        }
        return openid.substring(0, 4) + "…" + openid.substring(openid.length() - 4);
    }
}
