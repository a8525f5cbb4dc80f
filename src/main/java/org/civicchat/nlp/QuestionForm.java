package org.civicchat.nlp;

import java.util.regex.Pattern;

/**
 * Whether a text is worded as a question: a final 吗/呢/么/不 (能养鸡不), A-not-A (罚不罚, 行不行, 有没有), a
 * question word (怎么, 咋, 哪, 谁, 是否, 多少, 什么), a question mark. A rhetorical question of a complaint (怎么还没人管, 能不能管管, 有没有人管)
 * does not count, nor does a question word inside a statement (好几天, 谁都能进, 不知道多久没洗了). It does not tell a
 * question about a rule from one about a ticket; the intent does that.
 */
final class QuestionForm {

    private static final Pattern QUESTION = Pattern.compile(
            "[吗嘛么呢不][\\s?!.。！？~]*$|[?？]|(\\p{IsHan})[不没]\\1"
                    + "|行不行|可不可以|能不能|可以吗|要不要|是不是|有没有|会不会|算不算|用不用|需不需要"
                    + "|怎么|怎样|咋|如何|哪|谁(?![都也])|什么|啥|多少|多久|(?<![好这前十那没])几[点天个次种类岁年针]"
                    + "|为什么|为何|是否");
    private static final Pattern RHETORICAL = Pattern.compile(
            "(?:怎么|为什么|为啥|咋)(?:还|又|老|总|一直|都|就|没|不)|没人管|有人管|管不管|管一管|管管|有没有人"
                    + "|能不能[^,.!?;，。！？；]{0,6}(?:处理|修|清理|管|解决|弄|治理|整治|拆|优化|改善|安排|派人|来人|重视)"
                    + "|万一[^,.!?;，。！？；]{0,10}怎么办|赶紧|尽快|麻烦(?:你们|您|尽快|处理|管)");
    /** 不知道多久没洗了, 不知道是谁扔的: a question word inside a statement of not knowing. */
    private static final Pattern NOT_KNOWING = Pattern.compile("不知道[^,.!?;，。！？；吗呢]{0,8}");

    private QuestionForm() {
    }

    static boolean asks(String normalized) {
        String asked = NOT_KNOWING.matcher(normalized).replaceAll(" ");
        return QUESTION.matcher(asked).find() && !RHETORICAL.matcher(normalized).find();
    }
}
