package org.civicchat.nlp;

import java.util.regex.Pattern;

/**
 * Whether a text is worded as a question: a final 吗/呢/么/不 (能养鸡不), A-not-A (罚不罚, 行不行, 有没有), a
 * question word (怎么, 咋, 哪, 谁, 是否, 多少, 什么), a doubt (真的假的), a question mark. A rhetorical question of a complaint (怎么还没人管, 能不能管管, 有没有人管)
 * does not count, nor does a question word used as an indefinite inside a statement (好几天, 谁都能进, 不知道多久没洗了,
 * 也没见有什么手续, 有几个小孩). It does not tell a
 * question about a rule from one about a ticket; the intent does that.
 */
final class QuestionForm {

    private static final Pattern QUESTION = Pattern.compile(
            "[吗嘛么呢不][\\s?!.。！？~]*$|[?？]|(\\p{IsHan})[不没]\\1(?!了)"
                    + "|行不行|可不可以|能不能|可以吗|要不要|是不是|有没有|会不会|算不算|用不用|需不需要"
                    + "|怎么|怎样|咋|如何|哪|谁(?![都也])|什么|啥|多少|多久|(?<![好这前十那没])几[点天个次种类岁年针分号元块]"
                    + "|为什么|为何|是否|真的假的");
    private static final Pattern RHETORICAL = Pattern.compile(
            "(?:怎么|为什么|为啥|咋)(?:还|又|老|总|一直|都|就|没|不)|没人管|有人管|管不管|管一管|管管|有没有人"
                    + "|能不能[^,.!?;，。！？；]{0,6}(?:处理|修|清理|管|解决|弄|治|整治|拆|优化|改善|安排|派人|来人|重视)"
                    + "|万一[^,.!?;，。！？；]{0,10}怎么办|赶紧|尽快|麻烦(?:你们|您|尽快|处理|管)"
                    // exclamations: 啥素质啊, 咋整啊这, 让人怎么睡, 盲人咋走啊
                    + "|(?:什么|啥)(?:素质|玩意|东西啊|人啊)|咋整(?:啊|呀|呢|嘛|这|$|[\\s,.!?;，。！？；~])|怎么搞的|搞什么|干什么吃的|像什么话|成什么样"
                    + "|(?:让|叫)(?:人|我们|大家)(?:怎么|咋)|(?:人|我们|大家|老人|孩子|小孩|盲人|行人|居民)(?:可)?(?:怎么|咋)"
                    + "(?:走|过|活|睡|出门|休息|过日子)");
    /**
     * A question word used as an indefinite, not to ask: after not knowing or not seeing, within the clause
     * (不知道是谁扔的, 也没见有什么手续, 看不清该走哪个道; not 知不知道, which asks), after a negation (没什么人,
     * 没啥用), as "and so on" (纸箱什么的), and 有几个, 买了几个 (a few).
     */
    private static final Pattern INDEFINITE = Pattern.compile(
            "(?:(?<!知)不知道|(?<!晓)不晓得|(?<!清)不清楚|搞不清|说不清|看不清|看不出|看不到|看不见|找不到|没见|没看到|没看见"
                    + "|没人知道)[^,.!?;，。！？；吗呢\\s]{0,8}"
                    + "|(?<!有)(?:没|没有|也没|并没|从没|都没)(?:什么|啥|谁|哪)|(?:什么|啥)的|(?:有|那|这|了)几(?=[个只辆条根位家张本件次天])"
                    + "|(?:多久|多长时间|好久)没");

    /**
     * 遛狗 注意事项, 小广告治理 措施, 工单处理时限, 摆摊 规定 疏导点: a search-box query, a few topic words and what the
     * resident wants to know of them, with no verb of a statement (了, 着) and not a breach (不按规定).
     */
    private static final Pattern KEYWORD_QUERY = Pattern.compile(
            "^[^,.!?;，。！？；了着]{1,16}?(?<!不按|没按|违反|不符合|不守|按照|按)"
                    + "(?:规定|注意事项|措施|办法|方法|途径|方式|流程|条件|要求|标准|时间段|时限|时间|政策|渠道|须知|指南"
                    + "|区别|含义|范围|罚款|处罚|地点|地址|费用|材料|手续|好处|奖励)"
                    + "(?:[\\s,，、]+[^,.!?;，。！？；了着\\s]{1,8})*[\\s。.]*$");

    private QuestionForm() {
    }

    /** Whether the text is a search-box query of topic words and what is wanted of them (遛狗 注意事项). */
    static boolean isKeywordQuery(String normalized) {
        return KEYWORD_QUERY.matcher(normalized.strip()).matches();
    }

    /** The text with its indefinite question words blanked out: what is left asks, if anything does. */
    static String withoutIndefinites(String normalized) {
        return INDEFINITE.matcher(normalized).replaceAll(" ");
    }

    static boolean asks(String normalized) {
        String asked = withoutIndefinites(normalized);
        return (QUESTION.matcher(asked).find() || isKeywordQuery(normalized)) && !RHETORICAL.matcher(normalized).find();
    }
}
