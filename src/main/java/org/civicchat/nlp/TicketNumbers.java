package org.civicchat.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a ticket number such as {@code WM20261125-0007} in normalised text, however it was typed: lower case,
 * spaces inside, full-width (already folded), another dash or none. Without the WM prefix only the dashed
 * form counts, so a bare date or phone number is never taken for a ticket.
 */
final class TicketNumbers {

    private static final Pattern PREFIXED = Pattern.compile(
            "(?<![a-z0-9])wm\\s*((?:\\d\\s*){7}\\d)\\s*[-_‐‑–—~]?\\s*((?:\\d\\s*){3}\\d)(?!\\d)");
    private static final Pattern DASHED = Pattern.compile("(?<![\\d.])(20\\d{6})\\s*[-‐‑–—]\\s*(\\d{4})(?![\\d.])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TicketNumbers() {
    }

    /** The canonical number, or null when the text holds none. */
    static String find(String normalized) {
        Matcher prefixed = PREFIXED.matcher(normalized);
        if (prefixed.find()) {
            return canonical(prefixed.group(1), prefixed.group(2));
        }
        Matcher dashed = DASHED.matcher(normalized);
        if (dashed.find()) {
            return canonical(dashed.group(1), dashed.group(2));
        }
        return null;
    }

    private static String canonical(String date, String serial) {
        return "WM" + SPACES.matcher(date).replaceAll("") + "-" + SPACES.matcher(serial).replaceAll("");
    }
}
