package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.TextNormalizer;
import org.civicchat.ticket.Ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A status question in words ("井盖那个修了没", "前天反映的噪音处理到哪一步了"): whether a text asks how a
 * reported problem is going, and which of the resident's tickets it means, the most recent first: those whose words
 * it names, else those of the category it names, narrowed by a time word (昨天, 前天, 上周, 上个月) when that leaves any. It does not read
 * dates ("11月3日") or handler names.
 */
final class StatusQuestions {

    /** Asks about progress whatever else the text says. */
    private static final Pattern STRONG = Pattern.compile(
            "(?:修|处理|弄|解决|办|管|整改|清理|清走|搞|拆|移走|拖走)(?:好|完)?了?(?:没|吗|么|没有|没呢)"
                    + "|(?:修|处理|弄|解决|办|整改|清理|搞)(?:得|的)?(?:怎么样|咋样|如何)了?"
                    + "|到哪(?:一步|个阶段|了)|有(?:结果|回音|回复|消息|下文|进展)了?(?:吗|没|么)"
                    + "|还没(?:有)?(?:修|处理|弄|解决|办|整改|清理|搞|人管)(?:好|完)?(?:吗|呢|么|\\?|啊)"
                    + "|(?:怎么|为什么|咋|为啥)还没(?:有)?(?:修|处理|弄|解决|办|整改|清理|搞|人管|动静)"
                    + "|什么时候(?:能|可以|才)?(?:修|处理|弄|解决|办)(?:好|完)?|有人(?:管|处理)(?:了)?(?:吗|没)");
    /** Asks about progress only when the resident has tickets: 进度, 怎么样了. */
    private static final Pattern WEAK = Pattern.compile("进度|进展|怎么样了|咋样了|情况如何");
    private static final Set<String> GENERIC = Set.of("反映", "处理", "修", "进度", "进展", "工单", "问题", "前天", "昨天",
            "今天", "上周", "上个月", "之前", "那个", "一步", "情况", "结果", "投诉", "举报", "解决", "事情", "事", "时候",
            "上次", "刚才", "报", "说", "怎么样", "如何", "修好", "弄好", "处理好", "阶段", "动静", "回复", "消息",
            "下文", "跟进", "回音", "后来", "现在", "到底", "那事", "事儿", "提", "问", "上回", "前几天",
            // how it is handled, not what the problem is: 转给哪个部门了, 显示已办结, 能给个电话吗
            "部门", "单位", "转给", "转到", "交给", "负责", "电话", "联系", "显示", "状态", "办结", "已办结", "待处理",
            "已处理", "催", "催办", "督办", "升级", "拖", "说法", "答复", "回访", "多久", "几天", "什么时候", "啥时候",
            // whose and how many, not what: 我名下的工单, 全部单子, 提交过的那些
            "名下", "全部", "所有", "那些", "几个", "单子", "列出来", "查一下", "看看", "提交");

    /** The category of a problem no cue word or example names. */
    private static final String NO_CATEGORY = "other";

    private StatusQuestions() {
    }

    /** Points back at something already reported (那个, 上次, 反映的) or asks "…了没": not a new report. */
    private static final Pattern ABOUT_A_REPORT = Pattern.compile(
            "那个|那件|上次|之前|前天|昨天|上周|上个月|反映的|报的|说的|投诉的|举报的|提交的|拍的"
                    + "|(?:修|处理|弄|解决|办|整改|清理|搞)(?:好|完)?了(?:没|吗|么|没有)|到哪|有结果");

    static boolean aboutAReport(String text) {
        return text != null && ABOUT_A_REPORT.matcher(TextNormalizer.normalize(text)).find();
    }

    static boolean asks(String text, boolean hasTickets) {
        if (text == null) {
            return false;
        }
        String s = TextNormalizer.normalize(text);
        return STRONG.matcher(s).find() || (hasTickets && WEAK.matcher(s).find());
    }

    /** The words of the question that can name a problem (噪音, 井盖), without the asking words. */
    static List<String> topicWords(Analysis analysis) {
        return analysis.keywords().stream().filter(k -> k.length() >= 2 && !GENERIC.contains(k)).toList();
    }

    /** The resident's tickets the question means, newest first; all of them when it names nothing. */
    static List<Ticket> matching(List<Ticket> mine, Analysis analysis, Instant now) {
        List<String> words = topicWords(analysis);
        // without a word that names a problem the examples' vote only guesses: the question means any ticket
        String category = words.isEmpty() ? null : categoryNamed(analysis);
        // 井盖那个 means the ticket that says 井盖 rather than every ticket of its category (路灯 is one too)
        List<Ticket> named = newestFirst(mine.stream().filter(t -> words.stream().anyMatch(w -> mentions(t, w))));
        List<Ticket> hits = !named.isEmpty() ? named : newestFirst(mine.stream()
                .filter(t -> words.isEmpty() && category == null || (category != null && category.equals(t.category()))));
        Duration within = within(TextNormalizer.normalize(analysis.text()));
        if (within == null) {
            return hits;
        }
        List<Ticket> recent = hits.stream().filter(t -> t.createdAt() != null
                && t.createdAt().isAfter(now.minus(within))).toList();
        return recent.isEmpty() ? hits : recent;
    }

    private static List<Ticket> newestFirst(java.util.stream.Stream<Ticket> tickets) {
        return tickets.sorted(Comparator.comparing(Ticket::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /**
     * The category the question names: a complaint's own, else the one its words would be filed under
     * (狗叫那事 names pets though no ticket says 狗叫); none when nothing points to one.
     */
    private static String categoryNamed(Analysis analysis) {
        if (analysis.category() != null) {
            return analysis.category();
        }
        String asComplaint = analysis.complaintCategory();
        return asComplaint == null || asComplaint.equals(NO_CATEGORY) ? null : asComplaint;
    }

    private static boolean mentions(Ticket t, String word) {
        return contains(t.description(), word) || contains(t.categoryName(), word) || contains(t.location(), word);
    }

    private static boolean contains(String field, String word) {
        return field != null && TextNormalizer.normalize(field).contains(word);
    }

    private static Duration within(String s) {
        if (s.contains("刚才") || s.contains("今天")) {
            return Duration.ofDays(1);
        }
        if (s.contains("昨天")) {
            return Duration.ofDays(2);
        }
        if (s.contains("前天")) {
            return Duration.ofDays(4);
        }
        if (s.contains("上周") || s.contains("上星期") || s.contains("前几天")) {
            return Duration.ofDays(14);
        }
        if (s.contains("上个月") || s.contains("上月")) {
            return Duration.ofDays(62);
        }
        return null;
    }
}
