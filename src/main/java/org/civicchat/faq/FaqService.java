package org.civicchat.faq;

import org.civicchat.nlp.AskingPart;
import org.civicchat.nlp.Segmenter;
import org.civicchat.nlp.SentenceEmbedder;
import org.civicchat.nlp.StopWords;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers residents' questions from the FAQ ({@code faq/*.yaml}) and the policy documents ({@code seeds/}):
 * a direct answer when sure, a choice of 2 or 3 entries when several come close, a quoted passage when only a
 * document fits, and a polite refusal otherwise. Refused and clarified questions are counted in Redis for the
 * console. The index lives in memory, is built at start-up on a thread of its own (a search before then waits for
 * it) and rebuilt by {@link #reload()}. Thread-safe.
 */
@Service
public final class FaqService implements SmartInitializingSingleton {

    /** Longer texts are cut to this many characters before searching: questions are short. */
    static final int MAX_QUESTION_CHARS = 200;
    static final int MAX_ANSWER_CHARS = 300;
    /**
     * Below the answer threshold, an entry at least this sure, twice as sure as the next one and this close in
     * meaning to one of its wordings is answered. Residents who never saw our wordings (搞这个典范城市对咱普通人有啥用处)
     * land there with the right entry far ahead; the near misses there (养老金今年涨多少 next to elderly care,
     * 开车压实线扣几分 next to the zebra crossing) are further in meaning. Chosen on the dev, fresh and three
     * unseen sets (see the README): top-1 rose 1 to 4 points with no off-topic question answered. A bare topic
     * (测评) is a choice for the resident, however far ahead one entry is.
     */
    static final double DECISIVE_CONFIDENCE = 0.45;
    static final double DECISIVE_LEAD = 2;
    static final double DECISIVE_SIMILARITY = 0.65;
    /**
     * A bare topic that several entries cover alike (志愿者, 测评) is a choice for the resident, unless the fused
     * confidence is this sure of one of them (志愿者注册, 志愿时长: the words tie, the meaning does not).
     */
    static final double SURE_DESPITE_A_TIE = 0.85;

    private static final Logger log = LoggerFactory.getLogger(FaqService.class);

    private final FaqSettings settings;
    private final @Nullable FaqEditStore edits;
    private final HanLPAnalyzer words;
    private final CharBigramAnalyzer bigrams;
    private final QuestionParser parser;
    private final FaqMatcher matcher = new FaqMatcher();
    private final HybridRanker ranker = new HybridRanker();
    private final SentenceEmbedder embedder;
    private final @Nullable UnansweredQuestionStore store;
    private final AtomicReference<FaqIndex> index = new AtomicReference<>();
    /** The first index, built on a thread of its own while the rest of the application starts. */
    private final CompletableFuture<Void> firstIndex;
    private final NearMisses nearMisses;

    /**
     * @param synonyms synonyms of question words, or null for HanLP's dictionary
     * @param store    where unanswered questions are counted ({@link FaqConfiguration} makes it from the app's
     *                 Redis connection), or null not to count them
     */
    public FaqService(FaqSettings settings, @Nullable FaqSynonyms synonyms, @Nullable UnansweredQuestionStore store) {
        this(settings, synonyms, store, null, SentenceEmbedder.shared());
    }

    FaqService(FaqSettings settings, @Nullable FaqSynonyms synonyms, @Nullable UnansweredQuestionStore store,
               @Nullable FaqEditStore edits) {
        this(settings, synonyms, store, edits, SentenceEmbedder.shared());
    }

    /**
     * @param edits    console edits kept in Redis over the files, broadcast to every node; null for files only
     * @param embedder the sentence model; the app's keeps the FAQ's vectors under the data dir, a context without
     *                 one gets the JVM's model without stored vectors
     */
    @Autowired
    FaqService(FaqSettings settings, @Nullable FaqSynonyms synonyms, @Nullable UnansweredQuestionStore store,
               @Nullable FaqEditStore edits, ObjectProvider<SentenceEmbedder> embedder) {
        this(settings, synonyms, store, edits, embedder.getIfAvailable(SentenceEmbedder::shared));
    }

    public FaqService(FaqSettings settings, @Nullable FaqSynonyms synonyms, @Nullable UnansweredQuestionStore store,
                      @Nullable FaqEditStore edits, SentenceEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.edits = edits;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.words = new HanLPAnalyzer(new Segmenter(), StopWords.defaults());
        this.bigrams = new CharBigramAnalyzer();
        this.parser = new QuestionParser(words, bigrams, synonyms == null ? new HanLPSynonyms() : synonyms,
                PhraseSynonyms.defaults());
        this.store = store;
        this.nearMisses = NearMisses.fromClasspath(embedder);
        List<FaqEntry> entries = withEdits(FaqLoader.load(settings.faqDir())); // invalid content fails here, now
        List<SeedPassage> passages = SeedLoader.load(settings.seedsDir());
        this.firstIndex = CompletableFuture.runAsync(() -> {
            FaqIndex built = build(entries, passages);
            if (!index.compareAndSet(null, built)) {
                built.release(); // a reload came first and is newer
            }
        }, FaqService::onItsOwnThread);
        if (edits != null) {
            edits.listen(this::reload);
        }
    }

    /** Every entry as it is answered now: the files with the console's edits over them. */
    public List<FaqEntry> entries() {
        return withIndex(null, (current, ignored) -> List.copyOf(current.entries()));
    }

    /**
     * Saves an entry edited or added in the console, rebuilds this node's index and tells every other node to
     * rebuild theirs. @throws IllegalArgumentException when the entry is incomplete or its answer too long
     */
    public FaqEntry save(FaqEntry entry) {
        if (edits == null) {
            throw new IllegalStateException("this FAQ has no edit store");
        }
        if (entry.id().isBlank() || !entry.id().matches("[a-z0-9-]{2,64}")) {
            throw new IllegalArgumentException("id must be 2–64 lower-case letters, digits or '-'");
        }
        if (entry.question().isBlank() || entry.answer().isBlank()) {
            throw new IllegalArgumentException("question and answer are required");
        }
        if (entry.answer().length() > MAX_ANSWER_CHARS) {
            throw new IllegalArgumentException("answer must be at most " + MAX_ANSWER_CHARS + " characters");
        }
        edits.save(entry);
        reload();
        return entry;
    }

    /**
     * What to reply to {@code text} (see {@link FaqDecision.Kind}), counting a refused or clarified question for the
     * console. Never throws for any text.
     */
    public FaqDecision decide(String text) {
        FaqDecision decision = assess(text);
        recordUnanswered(decision);
        return decision;
    }

    /** Counts a refused or clarified question in the console's queue (when a store is set). */
    public void recordUnanswered(FaqDecision decision) {
        String question = decision.question();
        if (store != null && (decision.kind() == FaqDecision.Kind.REFUSE
                || decision.kind() == FaqDecision.Kind.CLARIFY) && !question.isEmpty()) {
            store.record(question);
        }
    }

    /** How the FAQ would answer {@code text}, without counting it: for weighing readings of a message. */
    public FaqDecision assess(String text) {
        String question = text == null ? "" : text.strip();
        if (question.length() > MAX_QUESTION_CHARS) {
            question = question.substring(0, MAX_QUESTION_CHARS);
        }
        FaqDecision decision;
        try {
            decision = withIndex(question, this::decide);
        } catch (RuntimeException e) {
            log.error("FAQ search failed; the resident gets the refusal", e);
            decision = refuse(question, 0);
        }
        return decision;
    }

    /**
     * How {@code current} answers {@code text}: the search itself, for the service and for tests of an index. A text
     * that tells a story before it asks and gets no answer as a whole is searched again by its asking part
     * ({@link AskingPart}); that part's answer is taken only when the whole text asks about nothing the entry does
     * not cover.
     */
    FaqDecision decide(FaqIndex current, String text) {
        FaqDecision whole = decideWhole(current, text);
        if (whole.kind() == FaqDecision.Kind.ANSWER || whole.unanswered() != null) {
            return whole;
        }
        Optional<String> asking = AskingPart.of(text);
        if (asking.isEmpty()) {
            return whole;
        }
        FaqDecision part = decideWhole(current, asking.get());
        if (part.kind() != FaqDecision.Kind.ANSWER
                || current.subjects().mismatch(text, current.ordOf(part.entry().id())).isPresent()) {
            return whole;
        }
        return new FaqDecision(FaqDecision.Kind.ANSWER, text, part.confidence(), part.candidates(), part.entry(), null);
    }

    private FaqDecision decideWhole(FaqIndex current, String text) {
        Question question = parser.parse(text, current);
        if (question.isEmpty()) {
            return refuse(text, 0);
        }
        // words first: when the sentence model is running for this text on another core, this overlaps it
        List<FaqMatcher.Match> lexical = matcher.matchEntries(current, question);
        float[] vector = embedder.embed(text);
        List<HybridRanker.Ranked> ranked = ranker.rank(current, new HybridRanker.Evidence(
                current.entrySimilarities(vector), current.answerSimilarities(vector), lexical,
                nearMisses.nearest(text, vector)));
        double best = ranked.isEmpty() ? 0 : ranked.get(0).confidence();
        double second = ranked.size() >= 2 ? ranked.get(1).confidence() : 0;
        if (ranked.size() >= 2 && best >= settings.clarifyThreshold() && best < SURE_DESPITE_A_TIE
                && FaqMatcher.ambiguous(question, lexical)) {
            // a bare topic (志愿者) that several entries cover alike: the resident chooses; two entries that share
            // only a word or two with the question (阳台, 衣服) are no choice to offer
            return new FaqDecision(FaqDecision.Kind.CLARIFY, text, best, offered(current, ranked), null, null);
        }
        boolean answerable = !ranked.isEmpty() && answersDirectly(settings.answerThreshold(), question.bare(), best,
                second, ranked.get(0).semantic());
        Optional<String> unanswered = answerable
                ? current.subjects().mismatch(text, ranked.get(0).ord()) : Optional.empty();
        if (unanswered.isPresent()) {
            // 养猫 asked of the entry on 养狗: its answer would be a confident answer to another question
            return ranked.size() >= 2 ? new FaqDecision(FaqDecision.Kind.CLARIFY, text, best, offered(current, ranked),
                    null, null, unanswered.get()) : refuse(text, best);
        }
        if (answerable) {
            HybridRanker.Ranked top = ranked.get(0);
            FaqEntry entry = current.entry(top.ord());
            return new FaqDecision(FaqDecision.Kind.ANSWER, text, best, List.of(candidate(current, top)), entry, null);
        }
        if (best >= settings.clarifyThreshold() && ranked.size() >= 2) {
            return new FaqDecision(FaqDecision.Kind.CLARIFY, text, best, offered(current, ranked), null, null);
        }
        List<FaqMatcher.Match> passages = matcher.matchPassages(current, question);
        if (!passages.isEmpty() && passages.get(0).confidence() >= settings.passageThreshold()) {
            FaqMatcher.Match top = passages.get(0);
            double similarity = current.passageSimilarities(vector)[top.ord()];
            if (similarity >= settings.passageSimilarity()) {
                return new FaqDecision(FaqDecision.Kind.PASSAGE, text, top.confidence(), List.of(), null,
                        current.passage(top.ord()));
            }
        }
        return refuse(text, best);
    }

    /**
     * Whether the best entry is answered rather than offered: from the answer threshold, or, for a question that is
     * more than a bare topic, from {@link #DECISIVE_CONFIDENCE} when it leads the next entry and is close in meaning.
     *
     * @param similarity the best entry's cosine similarity to the question
     */
    static boolean answersDirectly(double threshold, boolean bare, double best, double second, double similarity) {
        return best >= threshold || (!bare && best >= DECISIVE_CONFIDENCE && second * DECISIVE_LEAD <= best
                && similarity >= DECISIVE_SIMILARITY);
    }

    /** What the ranker weighs for a question against an index: for fitting the confidence. */
    HybridRanker.Evidence evidence(FaqIndex current, String text) {
        float[] vector = embedder.embed(text);
        return new HybridRanker.Evidence(current.entrySimilarities(vector), current.answerSimilarities(vector),
                matcher.matchEntries(current, parser.parse(text, current)), nearMisses.nearest(text, vector));
    }

    /** An index of these entries and the seed passages, analysed as this service does: for fitting. */
    FaqIndex indexOf(List<FaqEntry> entries) {
        return FaqIndexBuilder.build(entries, SeedLoader.load(settings.seedsDir()), words, bigrams, embedder);
    }

    /**
     * The first candidate and those after it that are at least half as sure, up to the configured number; at least
     * two, so that the resident has a choice.
     */
    private List<FaqCandidate> offered(FaqIndex current, List<HybridRanker.Ranked> matches) {
        double floor = matches.get(0).confidence() / 2;
        List<FaqCandidate> offered = new ArrayList<>(settings.maxCandidates());
        for (HybridRanker.Ranked match : matches) {
            if (offered.size() == settings.maxCandidates() || (offered.size() >= 2 && match.confidence() < floor)) {
                break;
            }
            offered.add(candidate(current, match));
        }
        return offered;
    }

    private static FaqDecision refuse(String text, double confidence) {
        return new FaqDecision(FaqDecision.Kind.REFUSE, text, confidence, List.of(), null, null);
    }

    private static FaqCandidate candidate(FaqIndex current, HybridRanker.Ranked match) {
        FaqEntry entry = current.entry(match.ord());
        return new FaqCandidate(entry.id(), entry.question(), match.confidence());
    }

    /** The entry with this id, for when the resident picked a numbered candidate. */
    public Optional<FaqEntry> answerById(String id) {
        return withIndex(id, (current, key) -> {
            Integer ord = key == null ? null : current.ordOf(key.strip());
            return Optional.ofNullable(ord == null ? null : current.entry(ord));
        });
    }

    /** The reply to send for a decision, in Simplified Chinese sized for a phone screen. */
    public String render(FaqDecision decision) {
        return ReplyRenderer.render(Objects.requireNonNull(decision, "decision"));
    }

    /** The reply for one entry: its answer, then its {@code next} line and links. */
    public String render(FaqEntry entry) {
        return ReplyRenderer.answer(Objects.requireNonNull(entry, "entry"));
    }

    /**
     * The entries whose ways of asking are nearest in meaning to {@code text} (score = cosine similarity),
     * nearest first, ties by id: for an operator to pick the one a question belongs to.
     */
    public List<FaqCandidate> nearest(String text, int limit) {
        String question = text == null ? "" : text.strip();
        return withIndex(question, (current, q) -> {
            double[] similarities = current.entrySimilarities(embedder.embed(q));
            return HybridRanker.topBySimilarity(current, similarities, limit).stream()
                    .map(ord -> new FaqCandidate(current.entry(ord).id(), current.entry(ord).question(),
                            Math.round(similarities[ord] * 1000) / 1000.0))
                    .toList();
        });
    }

    /**
     * Adds {@code question} as a way of asking entry {@code id} (a console edit: every node rebuilds, only the new
     * text is embedded) and takes it off the unanswered queue.
     *
     * @throws IllegalArgumentException when there is no such entry or the question is blank or too long
     */
    public FaqEntry addAlternate(String id, String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty() || text.length() > MAX_QUESTION_CHARS) {
            throw new IllegalArgumentException("question must be 1–" + MAX_QUESTION_CHARS + " characters");
        }
        FaqEntry entry = answerById(id).orElseThrow(() -> new IllegalArgumentException("no FAQ entry " + id));
        if (!entry.variants().contains(text)) {
            List<String> alternates = new ArrayList<>(entry.alternates());
            alternates.add(text);
            entry = save(new FaqEntry(entry.id(), entry.group(), entry.question(), alternates, entry.answer(),
                    entry.next(), entry.links()));
        }
        if (store != null) {
            store.forget(text);
        }
        return entry;
    }

    /** The most asked refused or clarified questions, most first; empty when they are not recorded. */
    public List<UnansweredQuestion> topUnanswered(int limit) {
        return store == null ? List.of() : store.top(limit);
    }

    /**
     * Rereads the content and swaps in a new index; searches running meanwhile finish on the old one. When the
     * content is invalid the old index stays and the {@link FaqContentException} is thrown.
     */
    public void reload() {
        synchronized (index) {
            FaqIndex fresh = buildIndex();
            FaqIndex old = index.getAndSet(fresh);
            if (old != null) {
                old.release();
            }
        }
    }

    /** The application does not start without its first index: a failure to build it is thrown here. */
    @Override
    public void afterSingletonsInstantiated() {
        firstIndex.join();
    }

    private static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "faq-first-index");
        thread.setDaemon(true);
        thread.start();
    }

    private List<FaqEntry> withEdits(List<FaqEntry> fromFiles) {
        if (edits == null) {
            return fromFiles;
        }
        java.util.Map<String, FaqEntry> byId = new java.util.LinkedHashMap<>();
        fromFiles.forEach(e -> byId.put(e.id(), e));
        try {
            edits.all().forEach(e -> byId.put(e.id(), e));
        } catch (RuntimeException e) {
            log.warn("FAQ edits unreadable ({}); answering from the files alone", e.toString());
        }
        return List.copyOf(byId.values());
    }

    /** The number of FAQ entries indexed. */
    public int size() {
        return withIndex(null, (current, ignored) -> current.entries().size());
    }

    private FaqIndex buildIndex() {
        return build(withEdits(FaqLoader.load(settings.faqDir())), SeedLoader.load(settings.seedsDir()));
    }

    private FaqIndex build(List<FaqEntry> entries, List<SeedPassage> passages) {
        FaqIndex built = FaqIndexBuilder.build(entries, passages, words, bigrams, embedder);
        log.info("FAQ index built: {} entries from {}, {} passages from {}", entries.size(),
                settings.faqDir().toAbsolutePath(), passages.size(), settings.seedsDir().toAbsolutePath());
        return built;
    }

    private <T> T withIndex(String argument, java.util.function.BiFunction<FaqIndex, String, T> search) {
        while (true) {
            FaqIndex current = index.get();
            if (current == null) {
                firstIndex.join(); // the first index is still being built
                continue;
            }
            if (current.tryAcquire()) {
                try {
                    return search.apply(current, argument);
                } finally {
                    current.release();
                }
            }
        }
    }
}
