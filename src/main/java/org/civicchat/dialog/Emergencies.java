package org.civicchat.dialog;

import org.civicchat.nlp.TextNormalizer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Danger to people, read before anything else: fire, fighting, a weapon, someone hurt, fallen or in the
 * water, a gas leak, live wires down, an open manhole on a road. Each gets the emergency number in the
 * first line of the reply whatever flow is open. Negations and questions about rules ("着火了怎么办" in
 * a fire-safety quiz, "没有人受伤") are not emergencies; a past event with no danger left is not told apart.
 */
final class Emergencies {

    /** @param line the first line of the reply: who to call, and the one thing to do */
    record Emergency(String kind, String line) {
    }

    private record Rule(String kind, Pattern pattern, String line) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("fire", Pattern.compile("(?:着火|起火|失火|火灾|冒烟起火|烧起来|火很大|大火)"),
                    "如有火情，请立即拨打119，并尽快撤离到安全地带。"),
            new Rule("gas", Pattern.compile("(?:燃气|煤气|天然气|液化气)(?:罐)?(?:泄漏|泄露|漏气|漏了|味很大|味道很大|爆炸)|闻到(?:很大的)?(?:燃气|煤气)味"),
                    "疑似燃气泄漏：请立即离开、不要开关电器和点火，到安全处拨打119。"),
            new Rule("weapon", Pattern.compile("(?:持刀|拿刀|拿着刀|动刀|砍人|捅人|持械|拿棍子打|有枪|开枪|拿刀砍)"),
                    "情况危急请立即拨打110报警，并远离现场、注意自身安全。"),
            new Rule("fight", Pattern.compile("(?:打架|斗殴|打人|群殴|打起来|动手打|抢劫|抢东西|持刀)"),
                    "如有人身危险请立即拨打110报警，注意自身安全。"),
            new Rule("water", Pattern.compile("(?:落水|掉进(?:河|湖|水)|掉到(?:河|湖|水)|溺水|掉水里|跳河|跳湖)"),
                    "有人落水请立即拨打110或119求助，不要贸然下水施救。"),
            new Rule("hurt", Pattern.compile("(?:受伤|流血|摔倒|晕倒|昏倒|倒地不起|不省人事|被车撞|撞人|摔伤|砸伤|砸到人|昏迷|出车祸|车祸)"),
                    "有人受伤请立即拨打120急救电话。"),
            new Rule("wires", Pattern.compile("(?:电线|电缆|高压线)(?:掉|断|垂|落|冒火|漏电|打火)|(?:漏电|触电)"),
                    "请远离掉落的电线、不要触碰，立即拨打110或供电热线95598。"),
            new Rule("manhole", Pattern.compile("(?:井盖|窨井盖)(?:没了|不见了|丢了|被偷|缺失|没有了|被盗|掉了|塌了|翻了)|(?:没有|没了|缺了|少了)井盖"),
                    "道路井盖缺失很危险：请提醒过往行人车辆绕行，必要时拨打110。"));
    /** A question about what to do, or a drill: not a report of danger now. */
    private static final Pattern ABOUT_RULES = Pattern.compile("(?:如何|怎么办|怎样|怎么处理|怎么预防|预防|防止|避免|演练|应急知识|宣传|注意什么|要注意)");
    /** Right before the danger word: 没有人受伤, 容易摔倒, 防止触电, 怕孩子落水. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?:没|不|防|怕|容易|会|可能|万一|避免|经常|担心|以免|小心)");

    private Emergencies() {
    }

    static Optional<Emergency> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = TextNormalizer.normalize(text);
        for (Rule rule : RULES) {
            var m = rule.pattern().matcher(s);
            if (m.find() && !negatedBefore(s, m.start()) && !asksAboutRules(s)) {
                return Optional.of(new Emergency(rule.kind(), rule.line()));
            }
        }
        return Optional.empty();
    }

    private static boolean negatedBefore(String s, int at) {
        return HYPOTHETICAL.matcher(s.substring(Math.max(0, at - 4), at)).find();
    }

    /** "着火了怎么办", "燃气泄漏如何处理": a question about what to do, not a report. */
    private static boolean asksAboutRules(String s) {
        return ABOUT_RULES.matcher(s).find() && !s.contains("快") && !s.contains("救命");
    }
}
