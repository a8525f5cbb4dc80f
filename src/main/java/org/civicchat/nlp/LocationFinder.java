package org.civicchat.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place a message names, as a span of its normalised text: the first place, grown over what
 * belongs to it (house and building numbers, gates, sides, sections, junctions with a second road, named
 * sub-areas) and stopping before relative words (门口, 旁边, 上), floors and a trailing 的.
 * <p>
 * A place is a gazetteer name, or a name in front of a place-type suffix (青年 + 路). The name is taken back
 * from the suffix over HanLP words while they can be part of a name (nouns, numbers, a verb right before the
 * suffix as in 解放路), and never over pronouns, prepositions or the vague words of {@code location-words.txt}.
 * It does not resolve places to coordinates and does not find places that have neither a known name nor a
 * known suffix (老王家, 三楼那户).
 */
final class LocationFinder {

    /** Half-open span {@code [start, end)} of the normalised text. */
    record Span(int start, int end) {
    }

    private static final int MAX_NAME_CHARS = 6;
    private static final Set<String> ROAD_SUFFIXES = Set.of("路", "街", "大街", "大道", "巷", "胡同");
    /** Suffixes of institutions, whose names are often wishes or virtues (希望小学, 育才中学). */
    private static final Set<String> INSTITUTIONS = Set.of("小学", "中学", "大学", "学校", "学院", "幼儿园", "医院",
            "卫生院", "图书馆", "体育馆", "博物馆", "敬老院", "养老院");
    /** Words that ask something of the office; never the name of an institution (麻烦小学门口…). */
    private static final Set<String> REQUEST_WORDS = Set.of("请", "请求", "麻烦", "感谢", "谢谢", "投诉", "举报", "反映",
            "建议", "要求", "请问", "想问", "问问", "咨询", "打听");
    private static final Set<String> ADMINISTRATIVE_PREFIXES = Set.of("市", "区", "县", "镇", "省");
    /** Schools known by number: 市一中, 二中, 实验二小; not 一小时 or 一中午. */
    private static final Pattern NUMBERED_SCHOOL = Pattern.compile(
            "(?:[市区县]|实验)?第?[一二三四五六七八九十]{1,3}[中小](?![时午间心学期型部号份])");
    /** Hospitals known by number: 区一院, 县二院; 二院 alone may be a courtyard. */
    private static final Pattern NUMBERED_HOSPITAL = Pattern.compile("[市区县省]第?[一二三四五六七八九十]{1,2}院");
    /** Aspect particles: a word ending in one is a verb in use (堵着, 占了), never part of a place name. */
    private static final String ASPECT = "着了";
    /** Complements of direction or place (扔到, 停在, 倒进): a verb ending in one is an action. */
    private static final String DIRECTED = "到在进给往";
    /** Localisers HanLP may glue to a suffix (路上, 湖边); they end the place without being part of it. */
    static final String GLUED_LOCALISERS = "上下里内外边旁前后头";
    /** Prepositions HanLP may glue to the first character of a name that follows them (在望 + 江路). */
    private static final String GLUED_PREPOSITIONS = "在从往到";
    /** Characters that begin a demonstrative (这座, 那家, 哪个): never part of a name. */
    private static final String DEMONSTRATIVES = "这那哪";
    /** Compass characters that begin a name (北关街, 西河沿村) or sit between a name and its suffix (环城东路). */
    private static final String COMPASS = "东西南北中";
    /** A numbered building or unit: a name right before one is a compound's name (锦绣家园6号楼). */
    private static final Pattern BUILDING_UNIT = Pattern.compile(
            "(?:第?[0-9]{1,5}|[一二三四五六七八九十]{1,3})(?:号楼(?!顶(?![楼层]))|号院|栋|幢|单元)");
    /** Never a character of a road name HanLP split: a shop name's stops, and how much of a road (整条街, 半条路). */
    private static final String NOT_IN_SPLIT_ROAD_NAMES = VenueNames.NOT_IN_UNKNOWN_NAMES + "整全满半条段片";
    private static final Comparator<Span> LEFTMOST_LONGEST =
            Comparator.comparingInt(Span::start).thenComparing(span -> -span.end());

    /** Places whose way in repeats their last character (北关村村口, 槐树巷巷口): a road's 路口 is a crossing. */
    private static final String ENTERED_PLACES = "村巷街";

    private final PhraseMatcher<Boolean> names;
    private final PhraseMatcher<Boolean> suffixes;
    private final PhraseMatcher<Boolean> attachments;
    private final PhraseMatcher<Boolean> numberedHeads;
    private final List<String> connectors;
    private final Set<String> vague;
    private final Set<String> nameStops;
    private final Set<String> workUnitHomes;
    private final List<String> workUnits;
    private final LaneNames lanes;
    private final VenueNames venues;

    LocationFinder(CampaignDictionary dictionary, WordFile words) {
        this.names = matcherOf(dictionary.placeNames());
        this.suffixes = matcherOf(dictionary.placeSuffixes());
        this.attachments = matcherOf(words.requiredEntries("attachments"));
        this.numberedHeads = matcherOf(words.requiredEntries("numbered-heads"));
        this.connectors = words.requiredEntries("connectors");
        this.vague = new HashSet<>(words.requiredEntries("vague"));
        this.nameStops = new HashSet<>(words.requiredEntries("name-stops"));
        this.workUnitHomes = new HashSet<>(words.requiredEntries("work-unit-homes"));
        this.workUnits = words.requiredEntries("work-units");
        this.lanes = new LaneNames(words, vague, nameStops, dictionary.placeSuffixes());
        this.venues = new VenueNames(words, vague, nameStops, dictionary.placeSuffixes());
    }

    /** The span of the first identifiable place, or null when the text names none. */
    Span find(String text, List<Token> tokens) {
        if (text.isEmpty()) {
            return null;
        }
        LocationScan scan = new LocationScan(text, tokens, suffixes, attachments, vague, nameStops);
        List<Span> candidates = candidates(scan);
        if (candidates.isEmpty()) {
            return null;
        }
        candidates.sort(LEFTMOST_LONGEST);
        Span first = candidates.get(0);
        return new Span(first.start(), withoutEntrance(text, first.start(), grow(scan, first.end(), candidates)));
    }

    private List<Span> candidates(LocationScan scan) {
        List<Span> candidates = new ArrayList<>();
        for (PhraseMatcher.Match<Boolean> name : names.findAll(scan.text)) {
            candidates.add(new Span(withAdministrativePrefix(scan, name.start()), name.end()));
        }
        lanes.addLanes(scan, candidates);
        venues.addVenues(scan, candidates);
        for (Pattern numbered : List.of(NUMBERED_SCHOOL, NUMBERED_HOSPITAL)) {
            Matcher institution = numbered.matcher(scan.text);
            while (institution.find()) {
                candidates.add(new Span(institution.start(), institution.end()));
            }
        }
        for (PhraseMatcher.Match<Boolean> head : numberedHeads.findAll(scan.text)) {
            int unitEnd = scan.numberedUnitEnd(head.end());
            if (unitEnd > head.end()) {
                candidates.add(new Span(head.start(), unitEnd));
            }
        }
        addBuildingNames(scan, candidates);
        for (PhraseMatcher.Match<Boolean> suffix : scan.suffixMatches) {
            // 建设路 + 和: HanLP may glue a junction's connector to the suffix (路和/nr)
            if ((!scan.endsWord(suffix.end()) && !connectorAt(scan.text, suffix.end())) || scan.gluesVagueWord(suffix)) {
                continue;
            }
            boolean institution = INSTITUTIONS.contains(suffix.phrase()) && usedAsPlace(scan, suffix.end());
            int nameStart = Math.min(nameStart(scan, suffix.start(), institution), workUnitStart(scan, suffix));
            if (isPlaceName(scan, nameStart, suffix.start(), suffix.end())) {
                candidates.add(new Span(nameStart, suffix.end()));
            }
        }
        return candidates;
    }

    /**
     * 北关村 + 村口, 槐树巷 + 巷口: the way into the place just named, which the place's span leaves out as it leaves out
     * 门口; 建设路路口 is a crossing and stays.
     */
    private static int withoutEntrance(String text, int start, int end) {
        boolean entrance = end - start >= 4 && text.charAt(end - 1) == '口' && text.charAt(end - 2) == text.charAt(end - 3)
                && ENTERED_PLACES.indexOf(text.charAt(end - 2)) >= 0;
        return entrance ? end - 2 : end;
    }

    /** 区 + 妇幼保健院, 市 + 图书馆: a one-character administrative word of its own right before a name is kept. */
    private static int withAdministrativePrefix(LocationScan scan, int nameStart) {
        if (nameStart == 0 || !scan.tokenStarts[nameStart]) {
            return nameStart;
        }
        int prefix = nameStart - 1;
        int index = scan.tokenAt[prefix];
        boolean ownWord = index >= 0 && scan.tokens.get(index).start() == prefix;
        return ownWord && ADMINISTRATIVE_PREFIXES.contains(scan.text.substring(prefix, nameStart)) ? prefix : nameStart;
    }

    /**
     * 向阳 + 造纸厂 + 宿舍: before the housing of a work unit the name is walked back from the unit's word, so a
     * name built on a verb (向阳/vi) is kept as it is before a school's suffix.
     */
    private int workUnitStart(LocationScan scan, PhraseMatcher.Match<Boolean> suffix) {
        if (!workUnitHomes.contains(suffix.phrase()) || suffix.start() == 0 || scan.tokenAt[suffix.start() - 1] < 0) {
            return suffix.start();
        }
        Token unit = scan.tokens.get(scan.tokenAt[suffix.start() - 1]);
        if (unit.end() != suffix.start() || workUnits.stream().noneMatch(unit.word()::endsWith)) {
            return suffix.start();
        }
        return nameStart(scan, unit.start(), true);
    }

    private boolean connectorAt(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        for (String connector : connectors) {
            if (text.startsWith(connector, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 希望小学 + 围墙/门口/的: an institution followed by a noun, a localiser, 的 or the end is spoken of as a
     * place; 希望社区能管管 is a wish.
     */
    private static boolean usedAsPlace(LocationScan scan, int end) {
        if (end >= scan.text.length()) {
            return true;
        }
        int next = scan.tokenAt[end];
        if (next < 0 || !scan.tokenStarts[end]) {
            return false;
        }
        String nature = scan.tokens.get(next).nature();
        return nature.startsWith("n") || nature.startsWith("f") || nature.startsWith("s") || nature.startsWith("w")
                || nature.equals("ude1") || nature.startsWith("u");
    }

    private int nameStart(LocationScan scan, int suffixStart) {
        return nameStart(scan, suffixStart, false);
    }

    /**
     * Walks back from the suffix over the words that can belong to a place name.
     *
     * @param institution the suffix is a school, hospital or the like spoken of as a place: a verb that is
     *                    otherwise a name stop (希望) may be its name, a request word (麻烦, 投诉) never
     */
    private int nameStart(LocationScan scan, int suffixStart, boolean institution) {
        int position = suffixStart;
        int tokenIndex = suffixStart > 0 ? scan.tokenAt[suffixStart - 1] : -1;
        boolean beforeRoad = ROAD_SUFFIXES.stream().anyMatch(road -> scan.text.startsWith(road, suffixStart));
        while (tokenIndex >= 0) {
            Token token = scan.tokens.get(tokenIndex);
            String piece = scan.text.substring(token.start(), position);
            boolean holdsSuffix = token.end() > position;
            if (suffixStart - token.start() > MAX_NAME_CHARS || scan.continuesPlace(token.start(), position)
                    || scan.attachmentEndsInside(token.start(), position)) {
                break; // 胜利街 + 西段 + 路边, 北门 + 外马路: what ends a place before is no part of a new name
            }
            if (position < suffixStart && isCompassFirst(token, piece)) {
                return token.start(); // 北 + 关街, 西 + 河沿村: a compass character begins the name
            }
            // 环城 + 东路: the compass character between a name and its suffix does not count as name
            boolean nextToSuffix = position == suffixStart
                    || (position == suffixStart - 1 && COMPASS.indexOf(scan.text.charAt(position)) >= 0);
            if (!canBeInName(token, piece, holdsSuffix, nextToSuffix, beforeRoad)
                    && !(institution && nextToSuffix && namesAnInstitution(token, piece))) {
                if (position < suffixStart && gluedPreposition(token, piece)) {
                    return token.start() + 1; // 在望/vi + 江 + 路: HanLP glued 在 to the name's first character
                }
                break;
            }
            position = token.start();
            tokenIndex--;
            if (!holdsSuffix && token.nature().startsWith("v") && !token.nature().endsWith("g")) {
                break; // a name built on a verb starts with it: 建设路, not 早高峰建设路; 西三环 + 辅/vg + 路 goes on
            }
        }
        return beforeRoad && suffixStart - position < 2 ? splitRoadNameStart(scan, position, suffixStart) : position;
    }

    /**
     * 立/v + 新/a + 路, 同/p + 心路: a road's invented name HanLP split into characters (its 新 a name stop, its 立 a
     * verb) is the two characters before the suffix when they open a clause (first words, after punctuation, a
     * preposition or a request word) and are no pronoun, particle or number.
     */
    private static int splitRoadNameStart(LocationScan scan, int position, int suffixStart) {
        int start = position;
        int index = start > 0 ? scan.tokenAt[start - 1] : -1;
        while (suffixStart - start < 2) {
            if (index < 0) {
                return position;
            }
            Token token = scan.tokens.get(index);
            char character = scan.text.charAt(token.start());
            if (token.end() != start || token.end() - token.start() != 1
                    || Character.UnicodeScript.of(character) != Character.UnicodeScript.HAN
                    || NOT_IN_SPLIT_ROAD_NAMES.indexOf(character) >= 0) {
                return position;
            }
            start = token.start();
            index--;
        }
        Token before = index >= 0 ? scan.tokens.get(index) : null;
        boolean opensClause = before == null || before.nature().startsWith("w") || before.nature().startsWith("p")
                || REQUEST_WORDS.contains(before.word());
        return opensClause ? start : position;
    }

    /** A two-character word of a preposition and a name character (在望, 从槐), both characters names' letters. */
    private boolean gluedPreposition(Token token, String piece) {
        return piece.length() == 2 && piece.equals(token.word()) && GLUED_PREPOSITIONS.indexOf(piece.charAt(0)) >= 0
                && isNameLetter(piece.charAt(1)) && !nameStops.contains(piece.substring(1))
                && DEMONSTRATIVES.indexOf(piece.charAt(1)) < 0;
    }

    private boolean namesAnInstitution(Token token, String piece) {
        return piece.length() >= 2 && piece.equals(token.word()) && token.nature().startsWith("v")
                && !REQUEST_WORDS.contains(piece) && piece.chars().allMatch(LocationFinder::isNameChar);
    }

    private static boolean isCompassFirst(Token token, String piece) {
        return piece.length() == 1 && COMPASS.contains(piece) && token.nature().equals("f");
    }

    private boolean canBeInName(Token token, String piece, boolean holdsSuffix, boolean nextToSuffix,
            boolean beforeRoad) {
        if (piece.isEmpty() || !piece.chars().allMatch(LocationFinder::isNameChar)
                || nameStops.contains(piece) || nameStops.contains(token.word())) {
            return false;
        }
        if (DEMONSTRATIVES.indexOf(piece.charAt(0)) >= 0 || DEMONSTRATIVES.indexOf(token.word().charAt(0)) >= 0) {
            return false; // 那座桥, 那家/nr 超市: HanLP may call a demonstrative phrase a name; it names nothing
        }
        if (piece.contains("啥") || piece.contains("什么")) {
            return false; // 不知道叫啥路: a resident who does not know the name, HanLP's 叫啥/nz notwithstanding
        }
        if (piece.endsWith("是")) {
            return false; // 就是 + 火车站广场: a copula points at the place, it is no part of its name
        }
        if (piece.length() >= 2 && ASPECT.indexOf(piece.charAt(piece.length() - 1)) >= 0) {
            return false; // 车 + 堵着 + 路: a verb with its aspect particle (HanLP may call it a name) blocks a road
        }
        String nature = token.nature();
        if (GLUED_PREPOSITIONS.indexOf(piece.charAt(0)) >= 0 && (nature.startsWith("v") || nature.startsWith("p"))) {
            return false; // 在望/vi + 湖: a preposition glued to what follows begins no name
        }
        if (piece.length() == 2 && piece.equals(token.word()) && COMPASS.indexOf(piece.charAt(1)) >= 0
                && !nature.startsWith("v")) {
            return true; // 城西/d 客运站, 河东/d 菜场: a part of town named by its side
        }
        // 跃进路, 前进路: roads are named on verbs of going forward, and HanLP keeps those verbs whole
        boolean roadNamedOnVerb = beforeRoad && nextToSuffix && piece.equals(token.word()) && piece.endsWith("进");
        if (piece.length() >= 2 && DIRECTED.indexOf(piece.charAt(piece.length() - 1)) >= 0 && !roadNamedOnVerb) {
            return false; // 扔到 + 马路, 停在 + 路边: a verb with where it goes (HanLP may call it a name) is an action
        }
        if (holdsSuffix) {
            return !nature.startsWith("v"); // HanLP kept name and suffix in one word: 青年路, but not 炸街
        }
        // Invented names fall apart into bound morphemes (御/vg 景/ng 苑): any *g nature can be part of a name,
        // and so can a place word (城东/s 菜市场); the vague ones (路上, 楼下) are name stops.
        if (nature.startsWith("n") || nature.startsWith("j") || nature.startsWith("b") || nature.startsWith("g")
                || nature.startsWith("m") || nature.startsWith("a") || nature.endsWith("g") || nature.equals("s")) {
            return true;
        }
        // Road and compound names are often built on a verb or a time word: 解放路, 建设路, 幸福里, 春天花园,
        // 世纪/qt 大道.
        return nextToSuffix && ((nature.startsWith("v") && piece.length() >= 2) || nature.equals("f")
                || nature.equals("t") || (nature.equals("qt") && piece.length() >= 2));
    }

    /** A compound's name right before a building number (华府 + 6号楼) when some part of it is a proper name. */
    private void addBuildingNames(LocationScan scan, List<Span> candidates) {
        Matcher unit = BUILDING_UNIT.matcher(scan.text);
        while (unit.find()) {
            if (unit.start() == 0 || !scan.tokenStarts[unit.start()]) {
                continue;
            }
            if (scan.isHouseOnRoad(unit.start(), unit.end())) {
                continue;
            }
            int nameStart = nameStart(scan, unit.start());
            if (unit.start() - nameStart >= 2 && scan.hasProperName(nameStart, unit.start())
                    && !vague.contains(scan.text.substring(nameStart, unit.start()))) {
                candidates.add(new Span(nameStart, unit.end()));
            }
        }
    }

    private boolean isPlaceName(LocationScan scan, int nameStart, int suffixStart, int suffixEnd) {
        if (nameStart >= suffixStart) {
            return false;
        }
        String name = scan.text.substring(nameStart, suffixStart);
        String place = scan.text.substring(nameStart, suffixEnd);
        // 外 + 马路, 下 + 马路: a localiser glued to a generic place noun names nothing
        String unlocalised = GLUED_LOCALISERS.indexOf(place.charAt(0)) >= 0 ? place.substring(1) : place;
        if (vague.contains(place) || (unlocalised.length() >= 2 && vague.contains(unlocalised)) || name.chars().noneMatch(LocationFinder::isNameLetter)) {
            return false; // 12路 is a bus line, not a place
        }
        if (name.endsWith("沿") && ROAD_SUFFIXES.stream().anyMatch(road -> name.endsWith(road + "沿"))) {
            return false; // 梧桐路 + 沿街: along the road, the road is the place; 西河沿村 is a name
        }
        if (workUnitHomes.contains(scan.text.substring(suffixStart, suffixEnd))
                && workUnits.stream().noneMatch(name::endsWith)) {
            return false; // 棉纺厂宿舍 is a place, 学生宿舍 is not
        }
        for (int before = 1; before <= 2 && nameStart - before >= 0; before++) {
            if (vague.contains(scan.text.substring(nameStart - before, suffixEnd))) {
                return false; // 那座人/nr 行天桥: the tail of a generic word (人行天桥) HanLP split is no name
            }
        }
        if (name.endsWith("几")) {
            return false; // 几路车 asks which bus line
        }
        if (vague.contains(name) && !ROAD_SUFFIXES.contains(scan.text.substring(suffixStart, suffixEnd))) {
            return false; // 小区花园 is vague, but 花园路 and 公园路 are roads
        }
        return name.length() >= 2 || ADMINISTRATIVE_PREFIXES.contains(name) || scan.isOnePlaceWord(nameStart, suffixEnd);
    }

    /** Extends a place over its numbers, gates, sides and sub-areas and over a second road it meets. */
    private int grow(LocationScan scan, int end, List<Span> candidates) {
        boolean grown = true;
        while (grown) {
            int next = scan.attachmentEnd(end);
            for (Span candidate : candidates) {
                if (candidate.start() <= end && candidate.end() > next) {
                    next = candidate.end();
                }
            }
            // 锦绣家园的6号楼: a possessive before a number is kept; 公交站的候车亭 is the thing, not the place.
            if (next == end && scan.text.startsWith("的", end) && scan.numberedUnitEnd(end + 1) > end + 1) {
                next = scan.numberedUnitEnd(end + 1);
            }
            grown = next > end;
            end = next;
            if (grown) {
                continue;
            }
            int joined = joinedPlaceEnd(scan.text, end, candidates);
            if (joined > end) {
                end = joined;
                grown = true;
            }
        }
        return end;
    }

    private int joinedPlaceEnd(String text, int end, List<Span> candidates) {
        for (String connector : connectors) {
            if (text.startsWith(connector, end)) {
                int next = end + connector.length();
                for (Span candidate : candidates) {
                    if (candidate.start() == next) {
                        return candidate.end();
                    }
                }
            }
        }
        return end;
    }

    private static boolean isNameChar(int c) {
        return isNameLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isNameLetter(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 'a' && c <= 'z');
    }

    private static PhraseMatcher<Boolean> matcherOf(List<String> phrases) {
        Map<String, Boolean> map = new HashMap<>();
        phrases.forEach(phrase -> map.put(phrase, Boolean.TRUE));
        return new PhraseMatcher<>(map);
    }
}
