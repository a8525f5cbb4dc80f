package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.TextNormalizer;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message, sent while a complaint waits for its place, reads as a place: the place the
 * understanding found (gazetteer and place suffixes), or a short text built like an address (a name before
 * 路, 街, 号, 小区, 栋, 单元, 门, 站, 口, 广场, 公园, 学校, 医院, 市场…). Questions, commands and words that only
 * point (楼下, 门口, 这里) are not places. It does not check that the place exists.
 */
final class PlaceReading {

    /** An address-like text: some name characters, then a kind of place, with at most a short tail (东侧, 附近). */
    private static final Pattern ADDRESS = Pattern.compile(
            "^(?:在|就在|位于|地址[:：]?|位置[:：]?)?[\\p{IsHan}a-z0-9]{1,12}"
                    + "(?:路|街|大街|大道|巷|弄|胡同|号|号楼|号院|小区|花园|家园|苑|公寓|大厦|广场|公园|栋|幢|单元|门|东门|西门|南门|北门"
                    + "|站|口|学校|中学|小学|幼儿园|医院|市场|菜场|商场|超市|村|社区|桥|隧道|停车场|车站|码头|地铁站|公交站)"
                    + "[\\p{IsHan}a-z0-9]{0,6}$");
    /** A landmark and where from it (老年活动室后面, 菜市场对面): a place, though no kind of place is named. */
    private static final Pattern BY_A_LANDMARK = Pattern.compile(
            "^(?:在|就在|是在)?[\\p{IsHan}a-z0-9]{2,12}(?:的)?(?:后面|后边|前面|前边|旁边|边上|对面|附近|东边|西边|南边|北边"
                    + "|东侧|西侧|南侧|北侧|门口|底下|下面|拐角|那边|那块|那儿)$");
    /** Words that point at a place without naming one. */
    private static final Pattern ONLY_POINTING = Pattern.compile(
            "^(?:就|在|就在|是|我|我家|我们|我们家|他家|这|那|这个|那个)*(?:楼下|楼上|门口|家门口|路口|路边|附近|旁边|对面|这里|那里|这儿|那儿|这边|那边|小区里|小区门口|楼道|马路上|路上|街上|外面)(?:的|呢|啊|呀)*$");
    /** 我也不知道叫啥路, 记不清了: the resident cannot name the place. */
    private static final Pattern NOT_KNOWN = Pattern.compile("不知道|不清楚|不记得|记不清|忘了|叫不上|说不上|不晓得");
    private static final Set<String> QUESTION_ENDS = Set.of("吗", "呢", "么", "?");
    private static final Pattern QUESTION_WORDS = Pattern.compile("怎么|如何|什么|为什么|哪里|哪儿|多久|几点|能不能|可不可以|是不是|有没有");

    private PlaceReading() {
    }

    static boolean isPlace(String text, Analysis analysis) {
        String s = fold(text);
        if (s.isEmpty() || isQuestion(s) || CancelWords.matches(text) || notKnown(text)) {
            return false;
        }
        if (analysis != null && analysis.location() != null) {
            return true;
        }
        return s.length() <= 24 && (ADDRESS.matcher(s).matches() || BY_A_LANDMARK.matcher(s).matches())
                && !ONLY_POINTING.matcher(s).matches();
    }

    /** "我也不知道叫啥路": the resident cannot say where; a landmark or a WeChat location will do. */
    static boolean notKnown(String text) {
        String s = fold(text);
        return s.length() <= 24 && NOT_KNOWN.matcher(s).find();
    }

    /** "楼下", "就在门口": the resident means a place but has not said which. */
    static boolean onlyPoints(String text) {
        return ONLY_POINTING.matcher(fold(text)).matches();
    }

    static boolean isQuestion(String folded) {
        String last = folded.isEmpty() ? "" : folded.substring(folded.length() - 1);
        return QUESTION_ENDS.contains(last) || QUESTION_WORDS.matcher(folded).find();
    }

    static String fold(String text) {
        return text == null ? "" : TextNormalizer.normalize(text).replaceAll("[\\s。.!！~～,，、]+$", "").strip();
    }
}
