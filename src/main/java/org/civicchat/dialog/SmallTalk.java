package org.civicchat.dialog;

import org.civicchat.nlp.TextNormalizer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Thanks, apologies, "你是机器人吗", questions about the assistant itself ("你几岁了"), "好的"/"嗯"/"收到", "明天再说吧" and goodbyes: each gets a short natural answer instead of a FAQ
 * search. The hand-over to a person ("人工", "转人工") is told apart because it needs the office's hours.
 * Only short messages made of such words count, so "谢谢你们把路灯修好了，可是…" is not small talk.
 */
final class SmallTalk {

    enum Kind { THANKS, APOLOGY, ROBOT, PERSONAL, HUMAN, ACK, BYE, LATER }

    private static final int SHORT = 14;
    private static final String TAIL = "(?:了|啦|呀|啊|哈|哦|喔|呢|吧|哈哈|!|！|~|～|。|\\.|\\s)*";
    private static final Pattern THANKS = Pattern.compile("^(?:好的|好|嗯|ok)?[,，]?(?:谢谢|谢谢你|谢谢你们|谢谢您|多谢|感谢|非常感谢|太感谢|辛苦|辛苦了|辛苦你们|thanks|thank you|3q)(?:了|啦|你|你们|您)*" + TAIL + "$");
    private static final Pattern APOLOGY = Pattern.compile("^(?:(?:不好意思|对不起|抱歉|sorry|打扰了|打扰一下|发错了|说错了|打错了|点错了)[,，]?)+" + TAIL + "$");
    private static final Pattern ROBOT = Pattern.compile("^(?:你|您)?(?:是|是不是)(?:机器人|人工智能|ai|真人|人工|自动回复)(?:吗|吧|么|啊|呀)?" + TAIL + "$"
            + "|^(?:是)?(?:机器人|自动回复)(?:吗|吧|么)" + TAIL + "$|^(?:你|您)是谁" + TAIL + "$");
    private static final Pattern HUMAN = Pattern.compile("^(?:我要|我想|请|麻烦)?(?:转|找|联系|接)?(?:人工|人工客服|人工服务|客服|真人|工作人员)(?:客服|服务)?(?:吗|呢)?" + TAIL + "$");
    /**
     * A question about the assistant itself rather than the city (你几岁了, 你吃饭了吗, 您叫什么名字): the
     * assistant as subject, then a personal attribute or a daily-life verb, and little else.
     */
    private static final Pattern PERSONAL = Pattern.compile("^(?:你|您)(?:今年|平时|每天|现在|今天|也)?"
            + "(?:几岁|多大|多少岁|叫什么|叫啥|什么名字|的名字|是男|是女|男的|女的|结婚|有对象|有男朋友|有女朋友|吃饭|吃了|吃的|"
            + "累|困|睡|住|家在|老家|是哪里人|哪里人|喜欢|爱吃|爱好|属什么|星座|长得|长什么样|心情|开心|高兴|无聊|工资|下班|休息|"
            + "会唱歌|会跳舞|会聊天|有感情|真聪明|好可爱|好聪明|好笨|真笨)[^,.!?，。！？]{0,6}" + TAIL + "$");
    private static final Pattern ACK = Pattern.compile("^(?:好的|好|好吧|好滴|好嘞|嗯|嗯嗯|哦|哦哦|噢|知道了|知道啦|晓得了|明白|明白了|懂了|了解|"
            + "收到|好的收到|收到收到|ok|okay|行|行吧|可以|没问题)" + TAIL + "$");
    /** 明天再说吧, 回头再弄: putting it off, never words of a problem or a place. */
    private static final Pattern LATER = Pattern.compile("^(?:那|那就|好的|好|嗯)?[,，]?(?:我)?(?:明天|回头|以后|等会|等会儿|等下|晚点|晚些|改天|"
            + "下次|过会|过会儿|有空|先)(?:再说|再弄|再发|再报|再看|再找你|这样)" + TAIL + "$");
    private static final Pattern BYE = Pattern.compile("^(?:再见|拜拜|bye|没有了|没别的了|没其他问题了|就这些问题)" + TAIL + "$");

    private SmallTalk() {
    }

    /** Clauses of one short message: "收到。谢谢" is two. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，。.!！?？~～;；、\\s]+");
    /** When every clause is small talk, the reply answers the weightiest: asking for a person before thanks before "ok". */
    private static final List<Kind> WEIGHT = List.of(Kind.HUMAN, Kind.ROBOT, Kind.PERSONAL, Kind.THANKS, Kind.APOLOGY,
            Kind.BYE, Kind.LATER, Kind.ACK);

    static Optional<Kind> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = TextNormalizer.normalize(text).strip();
        if (s.isEmpty() || s.length() > SHORT) {
            return Optional.empty();
        }
        Optional<Kind> whole = readOne(s);
        if (whole.isPresent()) {
            return whole;
        }
        String[] clauses = CLAUSE_BREAK.split(s);
        if (clauses.length < 2) {
            return Optional.empty();
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String clause : clauses) {
            if (clause.isEmpty()) {
                continue;
            }
            Optional<Kind> kind = readOne(clause);
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            kinds.add(kind.get());
        }
        return WEIGHT.stream().filter(kinds::contains).findFirst();
    }

    private static Optional<Kind> readOne(String s) {
        if (HUMAN.matcher(s).matches()) {
            return Optional.of(Kind.HUMAN);
        }
        if (ROBOT.matcher(s).matches()) {
            return Optional.of(Kind.ROBOT);
        }
        if (PERSONAL.matcher(s).matches()) {
            return Optional.of(Kind.PERSONAL);
        }
        if (THANKS.matcher(s).matches()) {
            return Optional.of(Kind.THANKS);
        }
        if (APOLOGY.matcher(s).matches()) {
            return Optional.of(Kind.APOLOGY);
        }
        if (BYE.matcher(s).matches()) {
            return Optional.of(Kind.BYE);
        }
        if (LATER.matcher(s).matches()) {
            return Optional.of(Kind.LATER);
        }
        if (ACK.matcher(s).matches()) {
            return Optional.of(Kind.ACK);
        }
        return Optional.empty();
    }
}
