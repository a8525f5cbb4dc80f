package org.civicchat.ticket;

import org.civicchat.privacy.PersonalData;

/**
 * What must not appear whole in logs or outside the staff console: openids and personal data. Kept for the
 * callers of the ticket package; both delegate to {@link PersonalData}, the one masker.
 */
public final class Masks {

    private Masks() {
    }

    /** "oAbC…xYz9": enough to correlate, not enough to identify. */
    public static String openid(String openid) {
        return PersonalData.openid(openid);
    }

    /** Personal data in a text masked: phone numbers (138****5678), ID-card and bank card numbers, e-mails, names. */
    public static String phones(String text) {
        return PersonalData.mask(text);
    }
}
