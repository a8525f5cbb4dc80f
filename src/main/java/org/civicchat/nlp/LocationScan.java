package org.civicchat.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one call works on: the text, its words, and where suffixes and attachments start. */
final class LocationScan {

    /** A numbered part of a place: 88号, 6号楼, 2单元, 2号线, c口, 三期. 3号门 is a gate, 32号门口 is not. */
    private static final Pattern NUMBERED_UNIT = Pattern.compile(
            "(?:第?[0-9]{1,5}|[a-z][0-9]{0,2})(?:号楼(?!顶(?![楼层]))|号院|号门(?![口前外])|号口|号线|号|栋|幢|单元|座|期|区|出口|入口|口|门(?![口前外])|室|弄)"
                    + "|第?[一二三四五六七八九十两]{1,3}(?:号楼|号院|号|栋|幢|单元|期|区)"
                    // 长宁路三段: a numbered section of a road; 一段时间 is a while
                    + "|第?[一二三四五六七八九十]{1,2}段(?!时间|日子|路程|距离)|第?[0-9]{1,2}段");
    /** Last characters of road names: 路, 大街, 大道, 巷, 胡同, 弄. */
    private static final String ROAD_ENDS = "路街道巷同弄";
    /** A named sub-area: one word and 区 right after a place (超市 + 装卸区, 公园 + 烧烤区). */
    private static final Pattern SUB_AREA = Pattern.compile("\\p{IsHan}{2}区");
    final String text;
    final List<Token> tokens;
    final int[] tokenAt;
    final boolean[] tokenStarts;
    final List<PhraseMatcher.Match<Boolean>> suffixMatches;
    final int[] longestAttachmentFrom;
    final boolean[] suffixFrom;
    /** Where a place-type suffix or an attachment ends: what starts there may continue that place. */
    final boolean[] placeEndsAt;
    final boolean[] attachmentEndsAt;
    final Matcher numbered;
    final Matcher subArea;

    private final Set<String> vague;
    private final Set<String> nameStops;

    LocationScan(String text, List<Token> tokens, PhraseMatcher<Boolean> suffixes, PhraseMatcher<Boolean> attachments,
            Set<String> vague, Set<String> nameStops) {
        this.vague = vague;
        this.nameStops = nameStops;
        this.text = text;
        this.tokens = tokens;
        this.tokenAt = new int[text.length()];
        Arrays.fill(tokenAt, -1);
        this.tokenStarts = new boolean[text.length() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            tokenStarts[token.start()] = true;
            for (int c = token.start(); c < token.end(); c++) {
                tokenAt[c] = i;
            }
        }
        tokenStarts[text.length()] = true;
        this.suffixMatches = suffixes.findAll(text);
        this.longestAttachmentFrom = new int[text.length() + 1];
        for (PhraseMatcher.Match<Boolean> match : attachments.findAll(text)) {
            longestAttachmentFrom[match.start()] = Math.max(longestAttachmentFrom[match.start()], match.end());
        }
        this.suffixFrom = new boolean[text.length() + 1];
        this.placeEndsAt = new boolean[text.length() + 1];
        this.attachmentEndsAt = new boolean[text.length() + 1];
        for (PhraseMatcher.Match<Boolean> match : attachments.findAll(text)) {
            placeEndsAt[match.end()] = true;
            attachmentEndsAt[match.end()] = true;
        }
        for (PhraseMatcher.Match<Boolean> match : suffixMatches) {
            suffixFrom[match.start()] = true;
            placeEndsAt[match.end()] = true;
            // 和平路 + 菜市场, 建设路 + 站; a one-char suffix glued to more (路边, 站着) attaches nothing.
            if (match.length() >= 2 || tokenStarts[match.end()]) {
                longestAttachmentFrom[match.start()] = Math.max(longestAttachmentFrom[match.start()], match.end());
            }
        }
        this.numbered = NUMBERED_UNIT.matcher(text);
        this.subArea = SUB_AREA.matcher(text);
    }

    /** The word {@code [start, end)} is an attachment (西段, 南门) right after a place. */
    boolean continuesPlace(int start, int end) {
        return placeEndsAt[start] && longestAttachmentFrom[start] >= end && end > start;
    }

    /** An attachment ends strictly inside {@code [start, end)}: 北门 in 北/门外. */
    boolean attachmentEndsInside(int start, int end) {
        for (int c = start + 1; c < end; c++) {
            if (attachmentEndsAt[c]) {
                return true;
            }
        }
        return false;
    }

    /** Some word of {@code [start, end)} is a proper name or a bound morpheme of one. */
    boolean hasProperName(int start, int end) {
        for (int c = start; c < end; c++) {
            int index = tokenAt[c];
            if (index >= 0) {
                if (isProperName(tokens.get(index).nature())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A person, place, organisation or other proper name, or a bound morpheme of one (御/vg, 景/ng). */
    static boolean isProperName(String nature) {
        return nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nz") || nature.startsWith("nt")
                || nature.endsWith("g");
    }

    /** A sub-area word of two characters and 区, each its own word (卸货/区), starting at {@code from}. */
    int subAreaEnd(int from) {
        if (from + 3 > text.length() || !tokenStarts[from] || !tokenStarts[from + 2] || !tokenStarts[from + 3]) {
            return from;
        }
        subArea.region(from, text.length());
        if (!subArea.lookingAt() || vague.contains(text.substring(from, from + 3))
                || nameStops.contains(text.substring(from, from + 2))) {
            return from;
        }
        return from + 3;
    }

    int numberedUnitEnd(int from) {
        if (from >= text.length()) {
            return from;
        }
        numbered.region(from, text.length());
        if (!numbered.lookingAt()) {
            return from;
        }
        return isHouseOnRoad(from, numbered.end()) ? numbered.end() - 1 : numbered.end();
    }

    /**
     * 和平路 + 17号楼下: a number right after a road is a house number, and 楼 with a localiser after it is that
     * house's building (楼下, 楼前), not a numbered building of a compound (锦绣家园6号楼下).
     */
    boolean isHouseOnRoad(int numberStart, int unitEnd) {
        return numberStart > 0 && ROAD_ENDS.indexOf(text.charAt(numberStart - 1)) >= 0
                && text.startsWith("号楼", unitEnd - 2) && unitEnd < text.length()
                && LocationFinder.GLUED_LOCALISERS.indexOf(text.charAt(unitEnd)) >= 0;
    }

    /** The end of a number, gate, side or sub-area starting at {@code from}, or of a place-type word. */
    int attachmentEnd(int from) {
        if (from >= text.length()) {
            return from;
        }
        return Math.max(Math.max(numberedUnitEnd(from), subAreaEnd(from)), Math.max(from, longestAttachmentFrom[from]));
    }

    /** A suffix ends a word unless HanLP glued it to what follows (站着) and nothing attaches there. */
    boolean endsWord(int end) {
        return tokenStarts[end] || attachmentEnd(end) > end || suffixFrom[end]
                || LocationFinder.GLUED_LOCALISERS.indexOf(text.charAt(end)) >= 0
                || text.charAt(end) == '沿' // 梧桐路 + 沿街: HanLP may read 路沿 as one word (a kerb)
                || isVagueWord(end, end + 2); // 宿舍 + 楼道 read as 宿舍楼/道
    }

    /**
     * 宿舍楼 + 道 where the resident wrote 宿舍 + 楼道: a suffix whose last character and the next one make a vague
     * word, when a shorter suffix ends right before that word.
     */
    boolean gluesVagueWord(PhraseMatcher.Match<Boolean> suffix) {
        if (!isVagueWord(suffix.end() - 1, suffix.end() + 1)) {
            return false;
        }
        for (PhraseMatcher.Match<Boolean> other : suffixMatches) {
            if (other.start() == suffix.start() && other.end() == suffix.end() - 1) {
                return true;
            }
        }
        return false;
    }

    private boolean isVagueWord(int start, int end) {
        if (start < 0 || end > text.length()) {
            return false;
        }
        return vague.contains(text.substring(start, end)); // 楼道 is a generic place, 楼下 (宿舍楼 + 下) a side
    }

    boolean isOnePlaceWord(int start, int end) {
        int index = tokenAt[start];
        if (index < 0) {
            return false;
        }
        Token token = tokens.get(index);
        return token.start() == start && token.end() == end && token.nature().startsWith("ns");
    }
}
