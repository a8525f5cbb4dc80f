package org.civicchat.ticket;

import java.util.regex.Pattern;

/** What must not appear whole in logs or outside the staff console: openids and phone numbers. */
public final class Masks {

    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

    private Masks() {
    }

    /** "oAbC…xYz9": enough to correlate, not enough to identify. */
    public static String openid(String openid) {
        if (openid == null || openid.length() <= 8) {
            return "***";
        }
        return openid.substring(0, 4) + "…" + openid.substring(openid.length() - 4);
    }

    /** Mainland mobile numbers in a text become 138****5678. */
    public static String phones(String text) {
        return text == null ? null : MOBILE.matcher(text).replaceAll("$1****$3");
    }
}
