package org.civicchat.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lanes and compounds named with 里 (和平里, 芳草里, 槐荫里): two characters of a name and 里, where 里 is not
 * the localiser "inside" of a container or room (院子里, 楼道里, 垃圾桶里, 公园里).
 * <p>
 * The name is two characters that begin a word; it is not a vague place, a name stop, a place-type word of two
 * characters (公园, 小区) or a word of {@code [inside-nouns]}, and does not end in a character of
 * {@code [inside-endings]} (桶, 子, 道…). None of its words is a pronoun, preposition, adverb, conjunction,
 * particle, number, measure, time word or a one-character verb (倒/往/到 + 河里); a bound morpheme (云/vg 栖/vg 里)
 * can be. 里面, 里边, 里头 and 里外 are always "inside". The endings are not held against a lane that HanLP
 * reads as one proper name or that a building number, gate or side follows (星河里南门), except 子 and 儿 (院子里东侧).
 */
final class LaneNames {

    private static final char LANE = '里';
    /** 里 + one of these is a word meaning inside or outside (里面, 里头). */
    private static final String INSIDE_WORD_ENDS = "面边头外屋";
    private static final String NON_NAME_NATURES = "r p d c u m q t w e y o";

    private final Set<String> insideNouns;
    private final String insideEndings;
    private final Set<String> vague;
    private final Set<String> nameStops;
    private final List<String> suffixes;

    LaneNames(WordFile words, Set<String> vague, Set<String> nameStops, List<String> suffixes) {
        this.insideNouns = new HashSet<>(words.requiredEntries("inside-nouns"));
        this.insideEndings = String.join("", words.requiredEntries("inside-endings"));
        this.vague = vague;
        this.nameStops = nameStops;
        this.suffixes = List.copyOf(suffixes);
    }

    /** Adds the span of every lane name of the text ({@code 和平里}, without what follows) to {@code candidates}. */
    void addLanes(LocationScan scan, List<LocationFinder.Span> candidates) {
        String text = scan.text;
        for (int at = text.indexOf(LANE, 2); at >= 0; at = text.indexOf(LANE, at + 1)) {
            int start = at - 2;
            if (!scan.tokenStarts[start] || (at + 1 < text.length() && INSIDE_WORD_ENDS.indexOf(text.charAt(at + 1)) >= 0)) {
                continue;
            }
            String name = text.substring(start, at);
            if (at + 1 < text.length() && text.charAt(at + 1) == '的' && isCommonNoun(scan, start, at)) {
                continue; // 城市里的牛皮癣, 单位里的人: a common noun and 里的 is inside it
            }
            if (isLaneName(scan, start, at, name, saysLane(scan, start, at))) {
                candidates.add(new LocationFinder.Span(start, at + 1));
            }
        }
    }

    /**
     * HanLP read name and 里 as one proper name (和平里/ns), or a building number, gate or side follows (星河里南门,
     * 清河里3号楼): 里 ends a lane's name even after a character that usually means a container (河, 楼).
     */
    private static boolean saysLane(LocationScan scan, int start, int lane) {
        int index = scan.tokenAt[start];
        boolean oneWord = index >= 0 && scan.tokens.get(index).end() == lane + 1
                && scan.tokens.get(index).nature().matches("n[rs].*"); // a person or place name, not 厨房里/nz
        return oneWord || scan.attachmentEnd(lane + 1) > lane + 1;
    }

    /** The two characters are one word HanLP knows as a common noun (城市, 单位), not a name's morphemes. */
    private static boolean isCommonNoun(LocationScan scan, int start, int end) {
        if (!scan.tokenStarts[start]) {
            return false;
        }
        Token token = scan.tokens.get(scan.tokenAt[start]);
        return token.end() == end && token.nature().equals("n");
    }

    private boolean isLaneName(LocationScan scan, int start, int end, String name, boolean saysLane) {
        if (!name.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || vague.contains(name) || nameStops.contains(name) || insideNouns.contains(name)
                || (!saysLane && insideEndings.indexOf(name.charAt(name.length() - 1)) >= 0)
                || "这那哪".indexOf(name.charAt(0)) >= 0 || "子儿".indexOf(name.charAt(1)) >= 0) {
            return false;
        }
        for (String suffix : suffixes) {
            if (suffix.length() >= 2 && name.endsWith(suffix)) {
                return false; // 公园里, 超市里: the place is the park, 里 is inside it; 翠苑里 is a lane
            }
        }
        for (int c = start; c < end; c++) {
            if (!scan.tokenStarts[c] || scan.tokens.get(scan.tokenAt[c]).end() > end) {
                continue; // HanLP may glue 里 to the name's last character (安/华里): that word is no name word
            }
            Token token = scan.tokens.get(scan.tokenAt[c]);
            String nature = token.nature();
            String head = nature.isEmpty() ? "" : nature.substring(0, 1);
            if (nameStops.contains(token.word()) || NON_NAME_NATURES.contains(head)
                    || (nature.startsWith("v") && !nature.endsWith("g") && token.word().length() == 1)) {
                return false;
            }
        }
        return true;
    }
}
