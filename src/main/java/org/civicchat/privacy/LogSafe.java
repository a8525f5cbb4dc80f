package org.civicchat.privacy;

import org.civicchat.privacy.PersonalData;

/** Shortens and masks what must never appear whole in a log line. */
public final class LogSafe {

    /** Longest free text a log line carries. */
    static final int MAX_TEXT = 200;

    private LogSafe() {
    }

    /** "oAbCd…xYz9" style: enough to correlate log lines, not enough to identify the resident. */
    public static String openid(String openid) {
        return PersonalData.openid(openid);
    }

    /** Free text (a resident's words, a parser's complaint about a body) masked and cut to {@link #MAX_TEXT}. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
        return PersonalData.mask(cut.replaceAll("[\\r\\n\\t]+", " "));
    }
}
