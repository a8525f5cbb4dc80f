package org.civicchat.ticket.duplicates;

import org.civicchat.nlp.TextNormalizer;

import java.util.regex.Pattern;

/**
 * Folds the ways residents name the same place into one key: full-width and traditional characters, case,
 * spaces, possessive 的 and trailing vague words (门口, 旁边, 附近…) go. It does not resolve synonyms
 * (人民公园 vs 公园北门) or addresses to coordinates.
 */
final class Places {

    private static final Pattern VAGUE_TAIL = Pattern.compile(
            "(门口|旁边|附近|对面|后面|下面|里面|那一段|那个路口|这一段|这边|那边|一带|周边|路边|边上|上面|处|边|上|里)+$");
    private static final double EARTH_RADIUS_M = 6_371_000;

    private Places() {
    }

    static String normalize(String place) {
        if (place == null) {
            return "";
        }
        String s = TextNormalizer.normalize(place).replaceAll("[\\s的,，。.、]", "");
        String stripped = VAGUE_TAIL.matcher(s).replaceAll("");
        return stripped.isEmpty() ? s : stripped;
    }

    static double distanceMeters(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
    }
}
