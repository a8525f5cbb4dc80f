package org.civicchat.dialog;

import org.civicchat.nlp.TextNormalizer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Thanks, apologies, "你是机器人吗", "好的"/"嗯" and goodbyes: each gets a short natural answer instead of a FAQ
 * search. The hand-over to a person ("人工", "转人工") is told apart because it needs the office's hours.
 * Only short messages made of such words count, so "谢谢你们把路灯修好了，可是…" is not small talk.
 */
final class SmallTalk {

    enum Kind { THANKS, APOLOGY, ROBOT, HUMAN, ACK, BYE }

    private static final int SHORT = 14;
    private static final String TAIL = "(?:了|啦|呀|啊|哈|哦|喔|呢|吧|哈哈|!|！|~|～|。|\\.|\\s)*";
    private static final Pattern THANKS = Pattern.compile("^(?:好的|好|嗯|ok)?[,，]?(?:谢谢|谢谢你|谢谢你们|谢谢您|多谢|感谢|非常感谢|太感谢|辛苦|辛苦了|辛苦你们|thanks|thank you|3q)(?:了|啦|你|你们|您)*" + TAIL + "$");
    private static final Pattern APOLOGY = Pattern.compile("^(?:(?:不好意思|对不起|抱歉|sorry|打扰了|打扰一下|发错了|说错了|打错了|点错了)[,，]?)+" + TAIL + "$");
    private static final Pattern ROBOT = Pattern.compile("^(?:你|您)?(?:是|是不是)(?:机器人|人工智能|ai|真人|人工|自动回复)(?:吗|吧|么|啊|呀)?" + TAIL + "$"
            + "|^(?:是)?(?:机器人|自动回复)(?:吗|吧|么)" + TAIL + "$|^(?:你|您)是谁" + TAIL + "$");
    private static final Pattern HUMAN = Pattern.compile("^(?:我要|我想|请|麻烦)?(?:转|找|联系|接)?(?:人工|人工客服|人工服务|客服|真人|工作人员)(?:客服|服务)?(?:吗|呢)?" + TAIL + "$");
    private static final Pattern ACK = Pattern.compile("^(?:好的|好|好吧|嗯|嗯嗯|哦|哦哦|知道了|明白了|了解|收到|ok|okay|行|可以|没问题)" + TAIL + "$");
    private static final Pattern BYE = Pattern.compile("^(?:再见|拜拜|bye|没有了|没别的了|没其他问题了|就这些问题)" + TAIL + "$");

    private SmallTalk() {
    }

    /** Clauses of one short message: "收到。谢谢" is two. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，。.!！?？~～;；、\\s]+");
    /** When every clause is small talk, the reply answers the weightiest: asking for a person before thanks before "ok". */
    private static final List<Kind> WEIGHT = List.of(Kind.HUMAN, Kind.ROBOT, Kind.THANKS, Kind.APOLOGY, Kind.BYE, Kind.ACK);

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
        if (THANKS.matcher(s).matches()) {
            return Optional.of(Kind.THANKS);
        }
        if (APOLOGY.matcher(s).matches()) {
            return Optional.of(Kind.APOLOGY);
        }
        if (BYE.matcher(s).matches()) {
            return Optional.of(Kind.BYE);
        }
        if (ACK.matcher(s).matches()) {
            return Optional.of(Kind.ACK);
        }
        return Optional.empty();
    }
}
