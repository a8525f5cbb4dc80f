package org.civicchat.ticket;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ticket numbers: {@code WM} + the day (Asia/Shanghai) + "-" + the day's sequence, at least 4 digits
 * ({@code WM20261125-0007}). Reads what residents type: any case, spaces, full-width characters, a missing or
 * odd dash. It does not read numbers with the date written in another order.
 */
public final class TicketNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern LOOSE = Pattern.compile("wm\\s*(\\d{8})\\s*[-_~—－ ]?\\s*(\\d{4,6})(?!\\d)");

    private TicketNumbers() {
    }

    public static String format(LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive, was " + sequence);
        }
        return "WM" + day.format(DAY) + "-" + String.format(Locale.ROOT, "%04d", sequence);
    }

    /** The canonical number of the first ticket number in {@code text}, if there is one. */
    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = LOOSE.matcher(fold(text));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(canonical(m.group(1), m.group(2)));
    }

    /** True when the whole text is a ticket number and nothing else. */
    public static boolean isBare(String text) {
        if (text == null) {
            return false;
        }
        String folded = fold(text).trim();
        Matcher m = LOOSE.matcher(folded);
        return m.matches();
    }

    public static boolean isCanonical(String number) {
        return number != null && number.matches("WM\\d{8}-\\d{4,6}");
    }

    static String dayOf(String number) {
        return number.substring(2, 10);
    }

    private static String canonical(String day, String seq) {
        String digits = seq.replaceFirst("^0+(?=\\d{4})", "");
        return "WM" + day + "-" + digits;
    }

    /** Full-width to half-width, ideographic space to space, lower case. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x3000) {
                out.append(' ');
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                out.append((char) (cp - 0xFEE0));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
