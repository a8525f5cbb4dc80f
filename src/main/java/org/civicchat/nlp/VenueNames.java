package org.civicchat.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shops, restaurants, entertainment venues and temples known by their own name: 老刘烧烤店, 王记饺子馆, 红枫寺.
 * The words before a suffix of {@code [venue-suffixes]} are a name only when one of them is a proper name or a
 * bound morpheme of one (老刘/nz, 王记/nr, 枫/ng), and there are at least two of them (老刘 + 烧烤, 红 + 枫) unless
 * HanLP knows the whole venue as a place or organisation name, or as a name ending in a temple or church (a
 * temple read as one nz word; 水果店/nz is a trade). A trade alone (烧烤店, 水果店, 川菜馆, 汽车修理店) names no
 * place: there are many of them.
 */
final class VenueNames {

    private static final int MAX_NAME_CHARS = 6;
    private static final String DEMONSTRATIVES = "这那哪每各某啥";
    /** Temples and churches go by their own names; a shop HanLP reads as one word (水果店/nz) may be a trade. */
    private static final Set<String> LANDMARKS = Set.of("寺", "庙", "道观", "教堂");

    private final PhraseMatcher<Boolean> suffixes;
    private final Set<String> vague;
    private final Set<String> nameStops;
    private final Set<String> placeSuffixes;

    VenueNames(WordFile words, Set<String> vague, Set<String> nameStops, List<String> placeSuffixes) {
        Map<String, Boolean> shopSuffixes = new HashMap<>();
        words.requiredEntries("venue-suffixes").forEach(suffix -> shopSuffixes.put(suffix, Boolean.TRUE));
        this.suffixes = new PhraseMatcher<>(shopSuffixes);
        this.vague = vague;
        this.nameStops = nameStops;
        this.placeSuffixes = new HashSet<>(placeSuffixes);
    }

    /** Adds the span of every named venue of the text to {@code candidates}. */
    void addVenues(LocationScan scan, List<LocationFinder.Span> candidates) {
        for (PhraseMatcher.Match<Boolean> suffix : suffixes.findAll(scan.text)) {
            if (suffix.start() == 0 || !scan.endsWord(suffix.end())) {
                continue;
            }
            int start = nameStart(scan, suffix.start(), LANDMARKS.contains(suffix.phrase()));
            if (start < suffix.start()) {
                candidates.add(new LocationFinder.Span(start, suffix.end()));
            }
        }
    }

    /** Where the shop's name starts, or {@code suffixStart} when the words before it are no name. */
    private int nameStart(LocationScan scan, int suffixStart, boolean landmark) {
        int position = suffixStart;
        int pieces = 0;
        boolean proper = false;
        Token holder = scan.tokenAt[suffixStart - 1] >= 0 ? scan.tokens.get(scan.tokenAt[suffixStart - 1]) : null;
        boolean namedVenue = holder != null && holder.end() > suffixStart && (holder.nature().startsWith("ns")
                || holder.nature().startsWith("nt") || (landmark && holder.nature().startsWith("nz")));
        for (int index = scan.tokenAt[suffixStart - 1]; index >= 0; index--) {
            Token token = scan.tokens.get(index);
            String piece = scan.text.substring(token.start(), position);
            if (suffixStart - token.start() > MAX_NAME_CHARS || !canBeInName(token, piece)) {
                break;
            }
            proper |= LocationScan.isProperName(token.nature());
            pieces++;
            position = token.start();
        }
        return proper && (pieces >= 2 || namedVenue) ? position : suffixStart;
    }

    private boolean canBeInName(Token token, String piece) {
        if (piece.isEmpty() || !piece.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || piece.chars().anyMatch(c -> DEMONSTRATIVES.indexOf(c) >= 0) || vague.contains(piece) || nameStops.contains(piece)
                || nameStops.contains(token.word()) || placeSuffixes.contains(piece)) {
            return false;
        }
        String nature = token.nature();
        // 老刘/nz 烧烤/vn 店, 川/b 味/ng 小馆, 胖/a 哥: names, trades (a verb used as a noun) and their modifiers
        return nature.startsWith("n") || nature.equals("vn") || nature.endsWith("g") || nature.equals("b")
                || (nature.equals("a") && piece.length() == 1);
    }
}
