package org.civicchat.nlp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a ticket number such as {@code WM20261125-0007} in normalised text, however it was typed: lower case,
 * spaces inside, full-width (already folded), another dash or none. Without the WM prefix only the dashed
 * form counts, so a bare date or phone number is never taken for a ticket. The one reader of ticket numbers:
 * the chat's commands and the ticket API use it too.
 */
public final class TicketNumbers {

    private static final Pattern PREFIXED = Pattern.compile(
            "(?<![a-z0-9])wm\\s*((?:\\d\\s*){7}\\d)\\s*[-_‐‑–—~]?\\s*((?:\\d\\s*){3}\\d)(?!\\d)");
    private static final Pattern DASHED = Pattern.compile("(?<![\\d.])(20\\d{6})\\s*[-‐‑–—]\\s*(\\d{4})(?![\\d.])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TicketNumbers() {
    }

    /** The canonical number of the first ticket number in {@code text} as a resident typed it. */
    public static Optional<String> find(String text) {
        return Optional.ofNullable(inNormalized(TextNormalizer.normalize(text)));
    }

    /** True when the text is a ticket number and nothing else (spaces and punctuation aside). */
    public static boolean isBare(String text) {
        String normalized = TextNormalizer.normalize(text);
        Matcher prefixed = PREFIXED.matcher(normalized);
        Matcher dashed = DASHED.matcher(normalized);
        Matcher m = prefixed.find() ? prefixed : dashed.find() ? dashed : null;
        if (m == null) {
            return false;
        }
        String rest = normalized.substring(0, m.start()) + normalized.substring(m.end());
        return rest.replaceAll("[\\s\\p{P}]", "").isEmpty();
    }

    /** The canonical number, or null when the already normalised text holds none. */
    static String inNormalized(String normalized) {
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
