package org.civicchat.ticket;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Ticket numbers: {@code WM} + the day (Asia/Shanghai) + "-" + the day's sequence, at least 4 digits
 * ({@code WM20261125-0007}). Reading what residents type (any case, spaces, full-width, a missing or odd dash)
 * is {@link org.civicchat.nlp.TicketNumbers}'s job; this class formats and checks stored numbers.
 */
public final class TicketNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TicketNumbers() {
    }

    /** "WM" and the day and the dash: what a number of that day starts with ({@code day} as yyyyMMdd). */
    static String prefix(String day) {
        return "WM" + day + "-";
    }

    public static String format(LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive, was " + sequence);
        }
        return "WM" + day.format(DAY) + "-" + String.format(Locale.ROOT, "%04d", sequence);
    }

    /** The canonical number of the first ticket number in {@code text}, however the resident typed it. */
    public static Optional<String> find(String text) {
        return org.civicchat.nlp.TicketNumbers.find(text);
    }

    /** True when the whole text is a ticket number and nothing else. */
    public static boolean isBare(String text) {
        return text != null && org.civicchat.nlp.TicketNumbers.isBare(text);
    }

    public static boolean isCanonical(String number) {
        return number != null && number.matches("WM\\d{8}-\\d{4,6}");
    }

    static String dayOf(String number) {
        return number.substring(2, 10);
    }
}
