package org.civicchat.dialog;

import org.civicchat.faq.FaqDecision;
import org.civicchat.faq.FaqService;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.nlp.NlpService;
import org.civicchat.shared.SpareCores;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one decision of what a text means and, for questions, how the FAQ answers it. The chat, the console's
 * "try a question" box, {@code /api/admin/nlu/analyze} and the dev-set evaluation all go through here.
 *
 * <p>Every reading is scored, then one is chosen. The cue-word rules of {@link NlpService} read a ticket number or
 * status, a survey, a greeting, and a first guess between question and complaint; the FAQ is asked for every text
 * that may be a question or a complaint, and the two readings are weighed:
 * <ul>
 *   <li>question: the FAQ's confidence in its best entry, and at least {@link #QUESTION_FORM} when the text is
 *       worded as a question (吗, 能…不, 怎么, 哪里, ？), so that 阳台上能晾衣服不 stays a question even when no
 *       entry answers it;</li>
 *   <li>complaint: how near the text is to our example complaints ({@code nlp/complaint-examples.txt}), from 0
 *       at cosine {@link #COMPLAINT_FLOOR} to 1 at {@link #COMPLAINT_FULL}, plus {@link #PLACE} for a named place
 *       and {@link #RULE_COMPLAINT} when the cue words found a problem word and no question form.</li>
 * </ul>
 * A complaint not worded as a question stays a complaint. Otherwise the higher reading wins; within
 * {@link #CLOSE} of each other the chat asks once which was meant.
 * A text the rules read as off-topic becomes a complaint when it is a statement reading like our example
 * complaints ({@link #COMPLAINT_ALONE}) more than the FAQ answers it, and a question when the FAQ answers or
 * clarifies it; a text
 * the rules read as a ticket query, without a ticket number and asking how (怎么, 多久), becomes one when the FAQ
 * answers it
 * (反映的事多久能解决 asks how the service works). A question that asks the office to fix a problem it describes
 * (能派人捞一下吗) is a report; a text that one of the FAQ's how-to entries answers but that is not worded as a
 * question (查一下我名下的工单) asks for that service ({@link #SERVICE_REQUESTS}). {@link IntentFusion} then has the
 * last word, with the intents of the example messages nearest the text.
 * It does not read context: the dialog's open flows do that.
 */
@Service
public class Understanding {

    static final double QUESTION_FORM = 0.5;
    static final double COMPLAINT_FLOOR = 0.45;
    static final double COMPLAINT_FULL = 0.8;
    static final double PLACE = 0.2;
    static final double RULE_COMPLAINT = 0.3;
    static final double CLOSE = 0.1;
    /**
     * A statement the cue words could not read is a complaint from this complaint reading on (a cosine of about
     * 0.68 to our nearest example; our own small-talk and off-topic statements stay below 0.6).
     */
    static final double COMPLAINT_ALONE = 0.65;
    /**
     * The fusion's probability from which a text the weighing did not read as a report is filed as one: below it, an
     * answer to the draft's 在哪里 (就在我家楼下, an unknown compound's name) would open a new report.
     */
    static final double FUSED_REPORT = 0.6;
    /** The same for a question the FAQ refuses, when the report is the likeliest reading ({@link #reportFloor}). */
    static final double UNANSWERED_REPORT = 0.4;
    /**
     * FAQ entries on how to use a service, by the intent that asks for the service itself: a text they answer that
     * is not worded as a question (查一下我的工单, 催一下, 我现在就填问卷) wants the service, not the explanation. Not
     * the entry on an unsatisfying result: its answer (rate it 不满意 and the ticket reopens) is what a resident who
     * says so needs, however it is worded.
     */
    static final Map<String, Intent> SERVICE_REQUESTS = Map.of("ticket-status-check", Intent.TICKET_QUERY,
            "ticket-urge", Intent.TICKET_QUERY, "survey-how-to-join", Intent.SURVEY);
    /** The complaint reading (a cosine of about 0.55 to our examples) from which a request for a fix is a report. */
    static final double ACTION_REQUEST_REPORT = 0.3;
    /** 多久能处理, 几天能修好 (not 前几天): how long the service takes, which asks for no fix itself. */
    private static final String HOW_LONG = "多久|多长时间|(?<![前这那好过头])几天|多少天";
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[\\s，,。.！!？?；;、~～]+");
    /**
     * 怎么查, 多久能解决, 大概几天, 谁来处理, 会通知我吗, 可以重新提吗, 要是…, 对方会知道吗: how the service works,
     * what it allows or what would happen, not where one ticket stands.
     */
    private static final java.util.regex.Pattern ASKS_HOW = java.util.regex.Pattern.compile(
            "怎么(?!样了|样啦|回事)|(?<!进展|进度|情况|结果)如何(?!了)|怎样(?!了)|咋(?!样|回事)|" + HOW_LONG + "|一般|通常"
                    + "|谁(?:来|处理|负责|管)|会不会|会通知|可以(?!了)|可不可以|能不能|能否|允许"
                    + "|如果|要是|假如|万一|(?:会|能)(?:知道|看到|查到)|保密|隐私|匿名|时限|期限");

    private static final java.util.regex.Pattern ASKS_HOW_LONG = java.util.regex.Pattern.compile(HOW_LONG);

    private final NlpService nlp;
    private final FaqService faq;
    private final IntentFusion fusion;

    @org.springframework.beans.factory.annotation.Autowired
    public Understanding(NlpService nlp, FaqService faq) {
        this(nlp, faq, IntentFusion.fromClasspath());
    }

    Understanding(NlpService nlp, FaqService faq, IntentFusion fusion) {
        this.nlp = nlp;
        this.faq = faq;
        this.fusion = fusion;
    }

    /** The cue-word reading alone, before the FAQ is weighed (intent as the rules see it). */
    public Analysis analyze(String text) {
        return nlp.analyze(text);
    }

    /**
     * How the FAQ answers a question; null when the text is not a question for the FAQ. Does not count the
     * question as unanswered (the chat does, {@link FaqService#recordUnanswered}).
     */
    public FaqDecision answer(Analysis analysis) {
        if (analysis.intent() != Intent.FAQ && analysis.intent() != Intent.OTHER) {
            return null;
        }
        return faq.assess(analysis.text());
    }

    /**
     * What a text means: the readings weighed ({@link #weigh}), then {@link IntentFusion} has the last word on the
     * intent, with what the sentence model reads of the text next to our example messages. Small talk keeps its
     * own short answer.
     */
    public Understood understand(String text) {
        return askedWhenOnlyAThingIsNamed(fused(text));
    }

    private Understood fused(String text) {
        Understood weighed = weigh(text);
        if (SmallTalk.read(text).isPresent() || weighed.analysis().intentLikeness().votes().isEmpty()) {
            return weighed;
        }
        Map<String, Double> scores = fusion.probabilities(weighed);
        Intent chosen = fusion.choose(weighed);
        Analysis analysis = weighed.analysis();
        boolean doubtfulReport = chosen == Intent.COMPLAINT && (scores.get(Intent.COMPLAINT.id()) < reportFloor(weighed)
                || !ReportWording.saysAProblemBesidesThePlace(analysis) || Emergencies.read(text).isPresent()
                || PlaceReading.onlyPoints(text) || (analysis.location() == null && PlaceReading.isPlace(text, analysis)));
        if (doubtfulReport && readsMoreLikeAReportThanTheAnswer(weighed, scores)) {
            // 公园步道有积水: a statement an entry is near to, that the examples read rather as a report: asked once
            return new Understood(analysis.withIntent(Intent.COMPLAINT, analysis.complaintCategory()), weighed.faq(),
                    weighed.readings(), true, analysis.complaintCategory(), scores);
        }
        if (chosen == analysis.intent() || doubtfulReport) {
            // a text the weighing did not read as a report becomes one only when the fusion is sure: 水厂宿舍1025栋 or
            // 就在我家楼下 answering a draft's 在哪里 stays the draft's place; danger to people (楼里着火了) is never
            // made a city report by likeness alone
            return weighed.withIntentScores(scores);
        }
        Analysis fused = analysis.withIntent(chosen, analysis.complaintCategory());
        // the weighing does not search for what it read as a status question (一般多久能处理): the fused reading does
        FaqDecision decision = chosen != Intent.FAQ && chosen != Intent.OTHER ? null
                : weighed.faq() != null ? weighed.faq() : faq.assess(analysis.text());
        return new Understood(fused, decision, weighed.readings(), false, analysis.complaintCategory(), scores);
    }

    /**
     * A statement (no question form) the weighing gave to an FAQ answer, that the fusion reads more as a report than
     * as a question, saying a problem besides its place, no emergency and no mere pointing (就在我家楼下).
     */
    private static boolean readsMoreLikeAReportThanTheAnswer(Understood weighed, Map<String, Double> scores) {
        Analysis analysis = weighed.analysis();
        return analysis.intent() == Intent.FAQ && weighed.answeredId() != null && !analysis.questionForm()
                && scores.get(Intent.COMPLAINT.id()) > scores.get(Intent.FAQ.id())
                && ReportWording.saysAProblemBesidesThePlace(analysis) && Emergencies.read(analysis.text()).isEmpty()
                && !PlaceReading.onlyPoints(analysis.text());
    }

    /**
     * 有害垃圾, 违章停车: a thing named alone, with no place and no question, that an FAQ entry answers may look up its
     * rule as well as report it. When its question and report readings are close the chat asks once which, leaning
     * to the higher; when the question reading is clearly ahead (厨余垃圾, 养犬登记: a keyword typed to look up the
     * rule) the entry answers.
     */
    private Understood askedWhenOnlyAThingIsNamed(Understood understood) {
        Analysis analysis = understood.analysis();
        if (understood.ambiguous() || analysis.intent() != Intent.COMPLAINT || analysis.questionForm()
                || analysis.location() != null || !nlp.namesOnlyAThing(analysis.text())) {
            return understood;
        }
        FaqDecision decision = understood.faq() != null ? understood.faq() : faq.assess(analysis.text());
        if (decision.kind() != FaqDecision.Kind.ANSWER) {
            return understood;
        }
        Map<String, Double> readings = understood.readings();
        double lead = readings.getOrDefault(Intent.FAQ.id(), 0.0) - readings.getOrDefault(Intent.COMPLAINT.id(), 0.0);
        if (lead < -CLOSE) {
            return understood;
        }
        Analysis asQuestion = analysis.withIntent(Intent.FAQ, null);
        if (lead > CLOSE) {
            return new Understood(asQuestion, decision, readings, false, understood.complaintCategory(),
                    understood.intentScores());
        }
        Analysis leaning = lead >= 0 ? asQuestion : analysis;
        return new Understood(leaning, decision, readings, true, understood.complaintCategory(), understood.intentScores());
    }

    /**
     * How sure the fusion must be to file a text the weighing did not read as a report: less for a question the FAQ
     * has no answer to (这两天杨絮满天飞，能不能想点法子): asking 在哪里 then helps the resident more than 暂时答不了.
     */
    private static double reportFloor(Understood weighed) {
        FaqDecision decision = weighed.faq();
        boolean unanswerable = weighed.analysis().questionForm() && decision != null
                && decision.kind() == FaqDecision.Kind.REFUSE;
        return unanswerable && saysSomethingBeforeAsking(weighed.analysis().text()) ? UNANSWERED_REPORT : FUSED_REPORT;
    }

    /**
     * A complaint voiced as a question tells the problem first, then asks (三天没来水了 也没个通知 这算怎么回事);
     * a one-clause question (附近哪里有加油站) only asks.
     */
    static boolean saysSomethingBeforeAsking(String text) {
        return CLAUSE_BREAK.splitAsStream(text.strip()).filter(clause -> !clause.isBlank()).limit(2).count() == 2;
    }

    /** The cue rules' reading weighed against the FAQ's answer, before {@link IntentFusion}: what its weights are fitted on. */
    Understood weigh(String text) {
        // The FAQ's search and the reading of the text are independent until they are weighed: on an idle core
        // the search runs beside the reading (both wait for the one sentence vector they share), else after it.
        Optional<CompletableFuture<FaqDecision>> early = SpareCores.trySupply(() -> faq.assess(text));
        Analysis rules = nlp.analyze(text);
        Supplier<FaqDecision> asked = () -> early.map(CompletableFuture::join).orElseGet(() -> faq.assess(rules.text()));
        Intent first = rules.intent();
        if (first == Intent.TICKET_QUERY && rules.ticketNumber() == null && rules.questionForm()
                && ASKS_HOW.matcher(rules.normalized()).find()) {
            // 反映的事多久能解决 asks how the service works when the FAQ answers it; else it asks about a ticket
            FaqDecision decision = asked.get();
            if (decision.kind() == FaqDecision.Kind.ANSWER) {
                return new Understood(rules.withIntent(Intent.FAQ, null), decision,
                        Map.of(Intent.FAQ.id(), round(decision.confidence())), false, null);
            }
        }
        if (first != Intent.FAQ && first != Intent.OTHER && first != Intent.COMPLAINT) {
            return new Understood(rules, null, Map.of(first.id(), 1.0), false, rules.category());
        }
        if (SmallTalk.read(text).isPresent()) {
            // 收到, 你几岁了: small talk gets its own short answer, never an FAQ entry that happens to be near
            Analysis talk = first == Intent.OTHER ? rules : rules.withIntent(Intent.OTHER, null);
            return new Understood(talk, null, Map.of(Intent.OTHER.id(), 1.0), false, null);
        }
        FaqDecision decision = asked.get();
        boolean offered = decision.kind() == FaqDecision.Kind.ANSWER || decision.kind() == FaqDecision.Kind.CLARIFY;
        double question = Math.max(offered ? decision.confidence() : 0, rules.questionForm() ? QUESTION_FORM : 0);
        double complaint = complaintReading(rules);
        Map<String, Double> readings = new TreeMap<>();
        readings.put(Intent.FAQ.id(), round(question));
        readings.put(Intent.COMPLAINT.id(), round(complaint));
        readings.put(Intent.OTHER.id(), round(first == Intent.OTHER && !offered ? 1 - Math.max(question, complaint) : 0));
        String category = rules.category();
        if ((first == Intent.OTHER || first == Intent.FAQ) && !rules.questionForm() && complaint >= COMPLAINT_ALONE
                && complaint > question && Emergencies.read(text).isEmpty() && ReportWording.saysMoreThanThePlace(rules)) {
            // 桥洞里堆了一大堆旧沙发和破床垫: a statement that reads like our example complaints is a report even
            // when no cue word of ours names its problem; danger to people (楼里着火了) is not made a city matter
            // by likeness alone
            return new Understood(rules.withIntent(Intent.COMPLAINT, rules.complaintCategory()), null, readings, false,
                    rules.complaintCategory());
        }
        if (rules.questionForm() && complaint >= ACTION_REQUEST_REPORT && ReportWording.asksForAFix(rules.normalized())
                && !ASKS_HOW_LONG.matcher(rules.normalized()).find()
                && Emergencies.read(text).isEmpty() && ReportWording.saysAProblemBesidesThePlace(rules)) {
            // 河面上漂了好多塑料瓶，能派人捞一下吗: a problem, then asking the office to fix it, is a report worded
            // politely, not a question about a rule
            return new Understood(rules.withIntent(Intent.COMPLAINT, rules.complaintCategory()), null, readings, false,
                    rules.complaintCategory());
        }
        Intent request = decision.kind() == FaqDecision.Kind.ANSWER && !rules.questionForm()
                ? SERVICE_REQUESTS.get(decision.entry().id()) : null;
        if (request != null && (first == Intent.OTHER || first == Intent.FAQ)) {
            // 查一下我名下的工单, 那我现在就填问卷吧: not asking how the service works but asking for it now
            return new Understood(rules.withIntent(request, null), null, readings, false, null);
        }
        if (first == Intent.OTHER) {
            return offered ? new Understood(rules.withIntent(Intent.FAQ, null), decision, readings, false, null)
                    : new Understood(rules, decision, readings, false, null);
        }
        if (first == Intent.FAQ) {
            return new Understood(rules, decision, readings, false, null);
        }
        if (!rules.questionForm()) {
            return new Understood(rules, null, readings, false, category); // a statement of a problem is a report
        }
        if (Math.abs(question - complaint) < CLOSE) {
            Analysis leaning = question >= complaint ? rules.withIntent(Intent.FAQ, null) : rules;
            return new Understood(leaning, decision, readings, true, category);
        }
        if (question > complaint) {
            return new Understood(rules.withIntent(Intent.FAQ, null), decision, readings, false, category);
        }
        return new Understood(rules, null, readings, false, category);
    }

    private static double complaintReading(Analysis rules) {
        double near = (rules.complaintSimilarity() - COMPLAINT_FLOOR) / (COMPLAINT_FULL - COMPLAINT_FLOOR);
        double reading = Math.max(0, Math.min(1, near));
        if (rules.location() != null) {
            reading += PLACE;
        }
        if (rules.intent() == Intent.COMPLAINT && !rules.questionForm()) {
            reading += RULE_COMPLAINT;
        }
        return Math.min(1, reading);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** What the chat asks when a text reads as a question and as a report alike. */
    public String ruleOrReportQuestion() {
        return FaqConversation.RULE_OR_REPORT;
    }

    public String render(FaqDecision decision) {
        return faq.render(decision);
    }

    /**
     * @param analysis          the reading chosen, its intent final
     * @param faq               how the FAQ answers the text, when it was asked (null for ticket, survey, greeting
     *                          and clear complaints)
     * @param readings          the score of each reading weighed, by intent id, 0..1
     * @param ambiguous         a question and a complaint read about as well: the chat asks which was meant
     * @param complaintCategory the category should the text be filed as a complaint
     * @param intentScores      {@link IntentFusion}'s probability of each intent, by intent id (empty when it did not
     *                          decide: small talk, or no sentence model)
     */
    public record Understood(Analysis analysis, FaqDecision faq, Map<String, Double> readings, boolean ambiguous,
                             String complaintCategory, Map<String, Double> intentScores) {

        public Understood {
            readings = Map.copyOf(readings);
            intentScores = Map.copyOf(intentScores);
        }

        public Understood(Analysis analysis, FaqDecision faq, Map<String, Double> readings, boolean ambiguous,
                          String complaintCategory) {
            this(analysis, faq, readings, ambiguous, complaintCategory, Map.of());
        }

        public Understood(Analysis analysis, FaqDecision faq) {
            this(analysis, faq, Map.of(), false, analysis.category());
        }

        Understood withIntentScores(Map<String, Double> scores) {
            return new Understood(analysis, faq, readings, ambiguous, complaintCategory, scores);
        }

        /** The FAQ entry the chat would answer with, or null for a refusal, a clarification or a passage. */
        public String answeredId() {
            return !ambiguous && faq != null && faq.kind() == FaqDecision.Kind.ANSWER ? faq.entry().id() : null;
        }
    }
}
