package org.civicchat.nlp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Reads a resident's text: intent, complaint category, location, ticket number, keywords.
 * Everything is loaded once in the constructor (dictionaries, word files, HanLP models); {@link #analyze} is
 * thread-safe and allocation-light.
 */
@Service
public class NlpService {

    static final String LOCATION_WORDS_RESOURCE = "/nlp/location-words.txt";
    private static final Logger log = LoggerFactory.getLogger(NlpService.class);

    private final Segmenter segmenter;
    private final LocationFinder locations;
    private final CategoryClassifier categories;
    private final IntentClassifier intents;
    private final KeywordExtractor keywords;
    private final SentenceEmbedder embedder;
    private final ComplaintExamples complaints;
    private final IntentExamples intentExamples;

    /** With the default settings: for tests, benchmarks and tools outside Spring. */
    public NlpService() {
        this(NlpSettings.defaults());
    }

    public NlpService(NlpSettings settings) {
        this(settings, SentenceEmbedder.shared());
    }

    /** @param embedder the app's sentence model; a context without one gets the JVM's model */
    @Autowired
    NlpService(NlpSettings settings, ObjectProvider<SentenceEmbedder> embedder) {
        this(settings, embedder.getIfAvailable(SentenceEmbedder::shared));
    }

    public NlpService(NlpSettings settings, SentenceEmbedder embedder) {
        long started = System.nanoTime();
        this.embedder = embedder;
        WordFile complaintExamples = WordFile.fromClasspath(ComplaintExamples.RESOURCE);
        this.complaints = new ComplaintExamples(complaintExamples, embedder);
        this.intentExamples = new IntentExamples(WordFile.fromClasspath(IntentExamples.RESOURCE), complaintExamples,
                embedder);
        CampaignDictionary dictionary = CampaignDictionary.load(settings);
        this.segmenter = new Segmenter(dictionary);
        this.locations = new LocationFinder(dictionary, WordFile.fromClasspath(LOCATION_WORDS_RESOURCE));
        this.categories = new CategoryClassifier(WordFile.fromClasspath(CategoryClassifier.RESOURCE));
        this.intents = new IntentClassifier(WordFile.fromClasspath(IntentClassifier.RESOURCE));
        this.keywords = new KeywordExtractor();
        analyze("你好，青年路的路灯坏了"); // loads HanLP's lazily read models now, not on a resident's message
        log.info("NLP ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    public Analysis analyze(String text) {
        String raw = text == null ? "" : text;
        NormalizedText normalized = TextNormalizer.normalizeWithOffsets(raw);
        String clean = normalized.text();
        List<Token> tokens = segmenter.segmentNormalized(clean);
        String ticketNumber = TicketNumbers.inNormalized(clean);
        LocationFinder.Span place = locations.find(clean, tokens);
        // The place is not the problem: 绿地小区 says nothing about greenery.
        CategoryClassifier.Scores scores = categories.score(place == null ? clean : blankOut(clean, place));
        Intent intent = intents.classify(clean,
                new IntentClassifier.Evidence(ticketNumber != null, scores.bestScore(), place != null));
        float[] vector = embedder.embed(raw);
        ComplaintExamples.Likeness likeness = complaints.nearest(raw, vector);
        // 我要反映个问题 names no problem: the examples' vote would still pick the nearest category
        String asComplaint = ReportRequests.only(clean) ? CategoryClassifier.FALLBACK : scores.withVotes(likeness.votes()).best();
        String category = intent == Intent.COMPLAINT ? asComplaint : null;
        String location = place == null ? null : normalized.rawSpan(place.start(), place.end());
        return new Analysis(raw, clean, intent, category, location, keywords.extract(tokens), ticketNumber,
                likeness.similarity(), QuestionForm.asks(clean), asComplaint, intentExamples.likeness(raw, vector));
    }

    /**
     * Our example messages by intent id, complaints included: what the intent reading compares a message with, and
     * what {@code dialog.IntentWeightsFit} fits the intent weights on.
     */
    public java.util.Map<String, List<String>> exampleMessages() {
        return intentExamples.texts();
    }

    private static String blankOut(String text, LocationFinder.Span span) {
        return text.substring(0, span.start()) + " ".repeat(span.end() - span.start()) + text.substring(span.end());
    }

    /** Whether the text only names a thing or a service (厨余垃圾, 电梯故障), saying nothing happens to it. */
    public boolean namesOnlyAThing(String text) {
        String clean = TextNormalizer.normalize(text == null ? "" : text);
        return TopicPhrase.namesOnlyAThing(clean, segmenter.segmentNormalized(clean));
    }

    /** The segmenter this service uses, with its campaign dictionary and gazetteer. */
    public Segmenter segmenter() {
        return segmenter;
    }
}
