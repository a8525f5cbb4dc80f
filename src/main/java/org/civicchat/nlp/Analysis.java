package org.civicchat.nlp;

import java.util.List;

/**
 * What CivicChat understood of one text message.
 *
 * @param normalized   the text after {@link TextNormalizer}
 * @param category     a ticket category id, only for complaints, else null
 * @param location     the first place the text names, exactly as the resident typed it (a substring of
 *                     {@code text}, full-width and traditional characters kept), for any intent; null when the
 *                     text names no identifiable place (我家楼下, 这条路)
 * @param keywords     up to five content words of the normalised text, in text order
 * @param ticketNumber a ticket number in canonical form (WM20261125-0007) when the text holds one, else null
 */
public record Analysis(String text, String normalized, Intent intent, String category, String location,
                       List<String> keywords, String ticketNumber) {
}
