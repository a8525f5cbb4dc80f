package org.civicchat.nlp;

import java.util.List;

/**
 * What CivicChat understood of one text message.
 *
 * @param normalized   the text after {@link TextNormalizer}
 * @param category     a ticket category id, only for complaints, else null
 * @param location     the place as the resident typed it (a substring of the raw text), or null
 * @param ticketNumber a ticket number in canonical form (WM20261125-0007) when the text holds one, else null
 */
public record Analysis(String text, String normalized, Intent intent, String category, String location,
                       List<String> keywords, String ticketNumber) {
}
