package org.civicchat.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;

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
 * temple read as one nz word; 水果店/nz is a trade). One proper name of its own before a suffix of its own is
 * enough (金曲 + KTV), and a name's 家 belongs to it (老李家面馆). A name HanLP does not know falls apart into
 * characters (喜/来/顺 + 火锅店, 好/又/多 + 超市): two to four one-character words right before the venue that
 * are no word of the dictionary together and hold no pronoun, particle, preposition or number are a name too.
 * A trade alone (烧烤店, 水果店, 川菜馆, 汽车修理店) names no place: there are many of them.
 */
final class VenueNames {

    private static final int MAX_NAME_CHARS = 6;
    private static final String DEMONSTRATIVES = "这那哪每各某啥";
    /** Characters that are never part of a name HanLP split into characters: 我去超市, 新开的火锅店, 一家超市. */
    static final String NOT_IN_UNKNOWN_NAMES = DEMONSTRATIVES
            + "我你他她它咱俺谁的地得了着过在到去从往向把被给和与跟及或是有就也都要想让叫说看找进开逛一二三四五六七八九十几两个家间座处";
    private static final int MIN_UNKNOWN_NAME = 2;
    private static final int MAX_UNKNOWN_NAME = 4;
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
        boolean ownSuffix = holder != null && holder.end() == suffixStart;
        String soleName = null;
        for (int index = scan.tokenAt[suffixStart - 1]; index >= 0; index--) {
            Token token = scan.tokens.get(index);
            String piece = scan.text.substring(token.start(), position);
            boolean namesHouse = piece.equals("家") && index > 0 && isPersonalName(scan.tokens.get(index - 1));
            if (suffixStart - token.start() > MAX_NAME_CHARS || !(namesHouse || canBeInName(token, piece))) {
                break;
            }
            proper |= LocationScan.isProperName(token.nature());
            soleName = pieces == 0 && !token.nature().endsWith("g") ? piece : null;
            pieces++;
            position = token.start();
        }
        boolean ownName = pieces == 1 && soleName != null && soleName.length() >= 2 && ownSuffix;
        if (proper && (pieces >= 2 || namedVenue || ownName)) {
            return position;
        }
        return unknownNameStart(scan, suffixStart);
    }

    private static boolean isPersonalName(Token token) {
        return token.nature().startsWith("nr") || token.nature().startsWith("nz");
    }

    /**
     * Where a name HanLP split into characters starts before the venue at {@code suffixStart} (past one trade word
     * of its own: 好又多 + 超市, 阿福 + 烧烤 + 店), or {@code suffixStart} when there is none.
     */
    private int unknownNameStart(LocationScan scan, int suffixStart) {
        int index = scan.tokenAt[suffixStart - 1];
        if (index < 0) {
            return suffixStart;
        }
        Token before = scan.tokens.get(index);
        boolean trade = before.end() - before.start() >= 2
                && (before.nature().startsWith("n") || before.nature().equals("vn"));
        int end = suffixStart;
        if (before.end() > suffixStart || trade) {
            end = before.start(); // the trade: 火锅 of 火锅店, 烧烤 before 店
            index--;
        }
        int start = end;
        for (; index >= 0; index--) {
            Token token = scan.tokens.get(index);
            char c = scan.text.charAt(token.start());
            if (token.end() - token.start() != 1 || token.end() != start
                    || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                    || NOT_IN_UNKNOWN_NAMES.indexOf(c) >= 0 || end - token.start() > MAX_UNKNOWN_NAME) {
                break;
            }
            start = token.start();
        }
        return end - start >= MIN_UNKNOWN_NAME && !CoreDictionary.contains(scan.text.substring(start, end))
                ? start : suffixStart;
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
