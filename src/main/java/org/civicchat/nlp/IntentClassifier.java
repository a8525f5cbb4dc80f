package org.civicchat.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a message is for from cue words ({@code nlp/intent-cues.txt}) and what the other finders saw
 * (a ticket number, complaint category words, a place). The rules in {@link #classify} run from the most
 * specific to the most general; each says why it wins.
 * It does not read context: a message that only makes sense after the previous one ("还是没人管") is judged
 * alone; the dialog keeps open flows for that.
 */
final class IntentClassifier {

    static final String RESOURCE = "/nlp/intent-cues.txt";
    /** Category words at least this strong name a city problem (one clear word such as 路灯 or 摆摊). */
    private static final double PROBLEM_WORDS = 3.0;
    private static final int SHORT_MESSAGE = 8;
    /** Knowledge cues at least this strong make a message a question (one 吗, 怎么 or 什么时候). */
    private static final double QUESTION = 1.5;
    /** A status word that asks about a ticket even with no reference to one (进度, 催办), not 了没. */
    private static final double STRONG_STATUS = 2.0;
    /** 上回, 前阵子, 上礼拜: a time before now that a resident names to point back at an earlier report. */
    private static final String EARLIER = "上次|上回|之前|以前|先前|早先|前几天|前些天|前两天|前阵子|前段时间|前天|昨天"
            + "|昨晚|今早|今天|早上|上午|下午"
            + "|上周|上礼拜|上星期|上个月|上月|刚才|刚刚|已经|那天|那次|[0-9一二三四五六七八九十]+号|[0-9一二三四五六七八九十]+月"
            + "|(?:礼拜|星期|周)[一二三四五六七日天]";
    /**
     * 我昨天拍的, 上次投诉的, 之前就反映过, 报的那个 (the subject dropped): a report the resident already made (not
     * 我要投诉的是); 我那个工单, 我的那件事:
     * one the resident points back at. 被拍了 is a camera's photo of the resident, 报了名/报了志愿者 a sign-up.
     */
    private static final Pattern OWN_REPORT = Pattern.compile(
            "^(?:反映|投诉|举报|上报|提交|报修|报)(?:的|过)(?!名|志愿|班|课|考|团)"
                    + "|(?:我|咱|" + EARLIER + ")[^,.!?;，。！？；]{0,8}?"
                    + "(?<![要想来再])(?:反映|投诉|举报|上报|提交|报修|(?<!被)拍|报|留言|发)(?:的|过|了)(?!名|志愿|班|课|考|团)"
                    + "|(?:我|咱|" + EARLIER + ")们?[^,.!?;，。！？；]{0,8}?(?:那(?:个|件|条|次)"
                    + "[^,.!?;，。！？；]{0,6}?(?:问题|事|工单|单子|投诉|反映|举报|报修)|那单)");
    /** 会转给谁, 别人能查到吗, 一般多久: how the service treats reports in general, not where one of them stands. */
    private static final Pattern GENERAL = Pattern.compile(
            "一般|通常|都是|都会|会不会|会转|会有|会被|会交|别人|其他人|需要|要多久|流程|以后|之后|后是|后会|后由");
    /** 到现在都没人来看, 一直没人管, 至今还没修, 一直没消息: a report still not dealt with, a follow-up when it is the resident's own. */
    private static final Pattern STILL_NOT_DONE = Pattern.compile(
            "(?:到现在|至今|一直|还是|到今天|这么久|都几天了|都一个星期了|根本|其实|压根|并)[^,.!?;，。！？；]{0,6}?"
                    + "没(?:有)?人?(?:来|管|处理|修|弄|回复|解决|理|看|联系|见|接到|收到|清|拆|消息|音讯|动静|下文|回音|回信|答复|反馈)"
                    + "|说(?:好|是)?[^,.!?;，。！？；]{0,8}(?:天内|小时内|之内)|都第?[0-9一二三四五六七八九十两]+(?:天|周|个?星期|个?礼拜|个月)了");
    /**
     * 上回说的, 我前几天提的, 之前问的: something said before, which is a report only when the message asks how it
     * went (上回说的那个路灯修没修), not when it asks about a rule again (以前说的垃圾分类现在还要求吗).
     */
    private static final Pattern SAID_BEFORE = Pattern.compile(
            "(?:我|咱|" + EARLIER + ")[^,.!?;，。！？；]{0,8}?(?<![要想来再])(?:说|提|讲|问)(?:的|过)");
    /** 显示已处理, 怎么还是待处理: what the resident saw of a ticket's state. */
    private static final Pattern SHOWN_STATE = Pattern.compile("显示|状态|待处理|已处理|已办结|办结|已完成|已解决|已受理");
    /**
     * 怎么样了, 啥情况, 有下文没, 有人跟进吗, 修没修: how something goes or went, which asks for a status only
     * together with a reference to an earlier report (我前几天提的那个问题有下文没).
     */
    private static final Pattern PROGRESS = Pattern.compile(
            "(?:怎么样|咋样|如何)了|(?:啥|什么)情况|到哪(?:一步|个阶段|了|儿了)|进度|进展|下文|动静|回音|结果"
                    + "|跟进|落实|(修|处理|弄|管|解决|清理|办|搞)没\\1|有(?:没有)?人(?:管|处理|来|去|跟进|看)"
                    + "|(?:修|处理|弄|搞|解决|清理|办|管|看)(?:好|完|过)?了?(?:没|吗|么|没有)");
    /** 修了没, 处理好了吗, 还没弄好吗: whether something already reported was dealt with. */
    private static final Pattern DONE_YET = Pattern.compile(
            "(?:修|处理|弄|搞|解决|清理|清走|拉走|管)(?:好|完)?了(?:没|吗|么|没有)"
                    + "|还没(?:有)?(?:修|处理|弄|搞|解决|清理)[好完]?[^,.!?;，。！？；]{0,2}(?:吗|么|呢|[?？])"
                    + "|有(?:结果|进展|回音|回复|人管|人处理)了?(?:没|吗|么|没有)"
                    + "|还(?:是)?没(?:有)?人(?:来|管|处理|修|理)[^,.!?;，。！？；]{0,3}(?:吗|么|呢|[?？])");
    /** 我那个单子, 我的工单, 我上次那张单子: the resident's own ticket, named without its number. */
    private static final Pattern OWN_TICKET = Pattern.compile(
            "我(?:们)?(?:的|那个|那张|这个|这张|那|上次的|上次那个|之前的|之前那个)?(?:单子|工单)");
    /** 能养鸡不, 可以放吗, 让不让, 算不算违建: whether something is allowed, asked of a rule. */
    private static final Pattern ALLOWED = Pattern.compile(
            "(?:能|可以|可不可以|能不能|让不让|准不准|允许|许不许|行不行)[^,.!?;，。！？；]{0,8}(?:吗|么|不|没|[?？])[\\s?？!！。.~]*$"
                    + "|算不算|违不违法|违法吗|犯法吗|合不合规|违规吗|会被罚|要罚|罚不罚");
    /** 小区里, 楼道, 阳台上, 路边: the shared places where a resident's question about what is allowed is a rule question. */
    private static final Pattern SHARED_PLACE = Pattern.compile(
            "小区|楼道|楼梯|阳台|楼顶|天台|屋顶|院子|院里|楼下|门口|电梯|单元|路边|马路|街上|人行道|公园|广场|河边|湖边|绿地|草坪"
                    + "|公共场所|车库|停车场|地铁|公交");
    /** The survey's name, also when typed with a character of the same sound (问倦). */
    private static final String SURVEY_WORD = "问卷";
    /** 我是三楼的王阿姨, 我叫李明: who is writing, after a greeting. */
    private static final Pattern SELF_INTRODUCTION = Pattern.compile(
            "(?:我是|我叫|我姓|本人是?|俺是)(?!来|想|要)(?![^,.!?;，。！？；]*(?:投诉|举报|反映|问|咨询|报修|求助))"
                    + "[^,.!?;，。！？；]{1,12}[\\s,.!?;，。！？；~]*");
    /** Everyday spoken forms of question words, as residents type them. */
    private static final String[][] COLLOQUIAL = {{"什么", "啥"}, {"怎么", "咋"}, {"哪里", "哪儿"}};
    private static final Set<String> GENERIC_TICKET_REFS = Set.of("工单", "单子", "工单号", "受理号", "编号");

    /** What the finders saw in a message before its intent is decided. */
    record Evidence(boolean ticketNumber, double categoryScore, boolean location) {
    }

    private final PhraseMatcher<Double> greetings;
    private final Set<String> greetingWords;
    private final PhraseMatcher<Double> ticketRefs;
    private final PhraseMatcher<Double> ticketStatus;
    private final PhraseMatcher<Double> how;
    private final PhraseMatcher<Double> findOut;
    private final PhraseMatcher<Double> survey;
    private final PhraseMatcher<Double> surveyWant;
    private final PhraseMatcher<Double> problem;
    private final PhraseMatcher<Double> report;
    private final PhraseMatcher<Double> faqTopics;
    private final PhraseMatcher<Double> knowledge;
    private final PhraseMatcher<Double> offTopic;
    private final PhraseMatcher<Double> ruleQuestions;

    IntentClassifier(WordFile cues) {
        Map<String, Double> skippable = new HashMap<>(weights(cues.requiredEntries("greetings")));
        this.greetingWords = Set.copyOf(skippable.keySet());
        skippable.putAll(weights(cues.requiredEntries("fillers")));
        skippable.putAll(weights(cues.requiredEntries("thanks")));
        this.greetings = new PhraseMatcher<>(skippable);
        this.ticketRefs = matcher(cues, "ticket-refs");
        this.ticketStatus = matcher(cues, "ticket-status");
        this.how = matcher(cues, "how");
        this.findOut = matcher(cues, "find-out");
        this.survey = matcher(cues, "survey");
        this.surveyWant = matcher(cues, "survey-want");
        this.problem = matcher(cues, "problem");
        this.report = matcher(cues, "report");
        this.faqTopics = matcher(cues, "faq-topics");
        this.knowledge = matcher(cues, "knowledge");
        this.offTopic = matcher(cues, "off-topic");
        this.ruleQuestions = matcher(cues, "rule-question");
    }

    Intent classify(String normalized, Evidence evidence) {
        if (!hasContent(normalized)) {
            return Intent.OTHER;
        }
        if (evidence.ticketNumber()) {
            return Intent.TICKET_QUERY; // a ticket number, bare or in a sentence, asks about that ticket
        }
        String request = withoutGreeting(normalized);
        if (!hasContent(request)) {
            // 你好 greets; 谢谢, 好的, 收到 alone only acknowledge
            boolean greets = greetings.findLongest(normalized).stream().anyMatch(m -> greetingWords.contains(m.phrase()));
            return greets ? Intent.GREETING : Intent.OTHER;
        }
        if (request.length() < normalized.length() && SELF_INTRODUCTION.matcher(request).matches()) {
            return Intent.GREETING; // 你好，我是三楼的王阿姨: a greeting with a name, nothing asked yet
        }
        boolean shortMessage = contentLength(request) <= SHORT_MESSAGE;
        boolean asksHow = how.containsAny(request) || QuestionForm.isKeywordQuery(request);
        boolean problemWords = evidence.categoryScore() >= PROBLEM_WORDS;

        List<PhraseMatcher.Match<Double>> refs = ticketRefs.findLongest(request);
        boolean ownTicket = refs.stream().anyMatch(ref -> !GENERIC_TICKET_REFS.contains(ref.phrase()))
                || OWN_REPORT.matcher(request).find() || OWN_TICKET.matcher(request).find();
        boolean anyTicket = !refs.isEmpty();
        double statusCues = sum(ticketStatus, request);
        boolean status = statusCues > 0;
        boolean strongStatus = statusCues >= STRONG_STATUS;
        // 怎么知道我的投诉有没有被受理 asks how the service works, 我的投诉怎么还没人管 asks about one ticket.
        if (findOut.containsAny(request)) {
            return Intent.FAQ;
        }
        // 井盖那个修了没: whether a problem was dealt with, unless the message describes a new breakage at length.
        if (DONE_YET.matcher(request).find() && sum(problem, request) < 2) {
            return Intent.TICKET_QUERY;
        }
        // 我上周反映的路灯怎么还没修, 我投诉的狗叫那事有人管没, 我那个工单转给哪个部门了: about a problem already
        // reported, whatever else it asks or says (dialog.Understanding still gives 我反映的事一般多久能办好 to the FAQ).
        if (ownTicket && (status || asksHow || shortMessage || PROGRESS.matcher(request).find()
                || (QuestionForm.asks(request) && !GENERAL.matcher(request).find())
                || STILL_NOT_DONE.matcher(request).find() || SHOWN_STATE.matcher(request).find())) {
            return Intent.TICKET_QUERY;
        }
        if (SAID_BEFORE.matcher(request).find() && (status || PROGRESS.matcher(request).find()
                || STILL_NOT_DONE.matcher(request).find())) {
            return Intent.TICKET_QUERY;
        }
        // 工单进度 / 查一下进度 asks for a status now; 怎么查进度 asks how the service works.
        if ((anyTicket || strongStatus) && !asksHow && !problemWords && shortMessage && !offTopic.containsAny(request)) {
            return Intent.TICKET_QUERY;
        }

        if ((survey.containsAny(request) || SoundAlikes.contains(request, SURVEY_WORD)) && !problemWords) {
            if (asksHow) {
                return Intent.FAQ; // 问卷在哪填
            }
            if (surveyWant.containsAny(request) || shortMessage) {
                return Intent.SURVEY;
            }
        }

        double problemCues = sum(problem, request);
        double reportCues = sum(report, request);
        double topics = sum(faqTopics, request);
        double knowledgeCues = sum(knowledge, QuestionForm.withoutIndefinites(request));
        boolean asksTheRule = ruleQuestions.containsAny(request);
        boolean question = knowledgeCues >= QUESTION || asksTheRule || QuestionForm.isKeywordQuery(request);
        // A place, a broken state or "我要投诉" make a message a report; 随手拍怎么用 only names the service, and
        // 狗在路上拉屎不捡 罚不罚 asks what the rule says of the broken state.
        boolean concrete = evidence.location() || (problemCues >= 2 && !asksTheRule) || (reportCues > 0 && !question);

        // 小区里能养鸡不: whether something is allowed in a shared place asks about a rule, even one we have no word for.
        if (!concrete && !problemWords && ALLOWED.matcher(request).find() && SHARED_PLACE.matcher(request).find()) {
            return Intent.FAQ;
        }
        // 你会唱歌吗 is small talk; 快递车占用消防通道 is a report that happens to name a courier.
        if (offTopic.containsAny(request) && !concrete && (!problemWords || question) && topics < 3) {
            return Intent.OTHER;
        }
        if (problemWords) {
            // 遛狗不拴绳怎么处罚 asks about a rule; 青年路有人遛狗不拴绳 reports one being broken.
            if (!concrete && (question || ALLOWED.matcher(request).find())) {
                return Intent.FAQ;
            }
            return Intent.COMPLAINT;
        }
        if (reportCues > 0 && !asksHow && !question) {
            return Intent.COMPLAINT; // 我要投诉, 随手拍 + a problem we have no word for
        }
        // A place plus a recurring or broken state is a report even when we lack a word for the problem.
        if ((evidence.categoryScore() > 0 || (evidence.location() && problemCues >= 2)) && concrete && !question) {
            return Intent.COMPLAINT;
        }
        if (topics > 0 || (evidence.categoryScore() > 0 && knowledgeCues > 0)) {
            return Intent.FAQ;
        }
        return Intent.OTHER;
    }

    private String withoutGreeting(String text) {
        List<PhraseMatcher.Match<Double>> found = greetings.findAll(text);
        int position = 0;
        while (true) {
            while (position < text.length() && !Character.isLetterOrDigit(text.charAt(position))) {
                position++;
            }
            PhraseMatcher.Match<Double> greeting = greetings.longestAt(found, position);
            if (greeting == null || !standsAlone(text, greeting, found)) {
                return text.substring(position);
            }
            position = greeting.end();
        }
    }

    /**
     * 好 and 早 greet only on their own (好！, 早 在吗), not as the start of 好几天 or 早上; hi not in his; 有人没 and 在没
     * only on their own, not as the start of 有人没拴狗 or 在没人的地方.
     */
    private boolean standsAlone(String text, PhraseMatcher.Match<Double> greeting, List<PhraseMatcher.Match<Double>> found) {
        int end = greeting.end();
        if (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || greetings.longestAt(found, end) != null) {
            return true;
        }
        boolean endsNegated = greeting.phrase().endsWith("没") || greeting.phrase().endsWith("不");
        return greeting.length() > 1 && !isAsciiLetter(greeting.phrase().charAt(0)) && !endsNegated;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean hasContent(String text) {
        return text.chars().anyMatch(Character::isLetterOrDigit);
    }

    private static int contentLength(String text) {
        return (int) text.chars().filter(Character::isLetterOrDigit).count();
    }

    private static double sum(PhraseMatcher<Double> matcher, String text) {
        return matcher.findLongest(text).stream().mapToDouble(PhraseMatcher.Match::value).sum();
    }

    private static PhraseMatcher<Double> matcher(WordFile cues, String section) {
        return new PhraseMatcher<>(weights(cues.requiredEntries(section)));
    }

    /** Each cue with its weight, and its colloquial twin (啥时候 for 什么时候, 咋办 for 怎么办) unless listed itself. */
    private static Map<String, Double> weights(List<String> entries) {
        Map<String, Double> weights = new HashMap<>();
        for (String entry : entries) {
            String[] fields = WordFile.fields(entry);
            weights.put(fields[0], fields.length > 1 ? Double.parseDouble(fields[1]) : 1.0);
        }
        Map<String, Double> twins = new HashMap<>();
        weights.forEach((cue, weight) -> {
            for (String[] pair : COLLOQUIAL) {
                if (cue.contains(pair[0])) {
                    twins.putIfAbsent(cue.replace(pair[0], pair[1]), weight);
                }
            }
        });
        twins.forEach(weights::putIfAbsent);
        return weights;
    }
}
