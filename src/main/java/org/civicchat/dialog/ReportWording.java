package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;

import java.util.regex.Pattern;

/**
 * What the wording of a text says beside its place and its cue words: whether anything but the place is said, and
 * whether a question asks the office to fix something. {@link Understanding} weighs a text's readings with these.
 */
final class ReportWording {

    /**
     * 能派人捞一下吗, 能不能调长一点, 麻烦安排人处理一下, 什么时候能重新画, 要等到什么时候, 难道不算违建吗: asking the
     * office to fix something, or when it will be fixed, or whether a thing seen is not plainly against the rules.
     */
    private static final Pattern ASKS_FOR_A_FIX = Pattern.compile(
            "(?:能|可以|可不可以|能不能|能否|麻烦|请|帮忙|赶紧|尽快)[^,.!?;，。！？；]{0,8}?"
                    + "(?:派人|派个人|来人|安排人|来看看|过来看|处理一下|查一下|查查|管一下|管管|管一管|修一下|修修|修好"
                    + "|清理|清走|捞|拆掉|拆除|整治|调整|调长|调短|调一下|改一下|改个|改掉|挪走|移走|重新画|补画|补种|换一下|换个)"
                    + "|(?:什么时候|啥时候|何时|多久)(?:能|才能|可以|会)[^,.!?;，。！？；]{0,4}?(?:修|处理|解决|重新画|补|清|弄好|恢复|换)"
                    + "|要等到什么时候|难道不算|难道不是|不算违[建章规法]吗");
    /** Words that only say where, relative to the place (门口, 旁边), or that it is there (在). */
    private static final Pattern LOCALISERS = Pattern.compile(
            "门口|门前|旁边|附近|对面|后面|前面|里面|外面|这里|那里|这边|那边|这儿|那儿|楼下|路口|一带|周边|边上|在");

    /** 幸福路1082号 alone names a place and no problem: only the words beside the place can read as a report. */
    static boolean saysMoreThanThePlace(Analysis rules) {
        String rest = rules.location() == null ? rules.text() : rules.text().replace(rules.location(), "");
        return LOCALISERS.matcher(rest).replaceAll("").codePoints().filter(Character::isLetter).count() >= 2;
    }

    /** 东南角, 北侧, 西门: which side of the place, said after it. */
    private static final Pattern SIDES = Pattern.compile("[东南西北]+[边侧面门口头角]?");

    /** At least three letters that are neither the place nor where or which side of it. */
    static boolean saysAProblemBesidesThePlace(Analysis rules) {
        String rest = rules.location() == null ? rules.text() : rules.text().replace(rules.location(), "");
        String words = SIDES.matcher(LOCALISERS.matcher(rest).replaceAll("")).replaceAll("");
        return words.codePoints().filter(Character::isLetter).count() >= 3;
    }

    /** 河面上漂了好多塑料瓶，能派人捞一下吗: the text asks the office to fix something, or when it will be fixed. */
    static boolean asksForAFix(String normalized) {
        return ASKS_FOR_A_FIX.matcher(normalized).find();
    }

    private ReportWording() {
    }
}
