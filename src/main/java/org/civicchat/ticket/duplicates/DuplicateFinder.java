package org.civicchat.ticket.duplicates;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.SloppyMath;
import org.civicchat.nlp.NlpService;
import org.civicchat.ticket.TicketSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an open ticket that a new complaint repeats: same category, same normalised place (or GPS points
 * within the radius), and similar words (overlap of content words, the place's own words left out). An
 * in-memory Lucene index of open tickets, kept current from this node's events and rebuilt from Redis at
 * start and periodically (other nodes' tickets appear after the next rebuild). Reopening the index is what
 * costs (a new segment per reopen), so a search reopens it at most every {@link #REOPEN_MILLIS} and checks the
 * tickets indexed or removed since then by hand: a complaint is still matched against the one filed a moment
 * before it.
 */
@Component
public class DuplicateFinder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DuplicateFinder.class);
    static final double MIN_OVERLAP = 0.34;
    static final double MIN_CHAR_OVERLAP = 0.5;
    private static final String STOP_CHARS = "的了是在很都也和就还我你他她它这那有个把被给一么吗呢吧啊呀请";

    private final SegmenterAnalyzer analyzer;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    static final long REOPEN_MILLIS = 1000;
    private final int radius;
    private final Map<String, Pending> pending = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> removed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile long reopened = System.currentTimeMillis();

    /** An open ticket indexed since the last reopen, with what {@link #find} compares. */
    private record Pending(String number, String category, String place, Double lat, Double lng, List<String> words,
                           String chars) {
    }

    public DuplicateFinder(TicketSettings settings, NlpService nlp) {
        this.analyzer = new SegmenterAnalyzer(nlp.segmenter());
        this.radius = settings.duplicateRadius();
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces an open ticket (hash fields as stored). */
    public void index(Map<String, String> f) {
        Document doc = new Document();
        doc.add(new StringField("number", f.get("number"), Field.Store.YES));
        doc.add(new StringField("category", f.getOrDefault("category", ""), Field.Store.NO));
        String place = Places.normalize(f.get("location"));
        if (!place.isEmpty()) {
            doc.add(new StringField("place", place, Field.Store.NO));
        }
        String lat = f.get("lat");
        String lng = f.get("lng");
        if (lat != null && !lat.isEmpty() && lng != null && !lng.isEmpty()) {
            doc.add(new LatLonPoint("point", Double.parseDouble(lat), Double.parseDouble(lng)));
        }
        List<String> words = contentWords(f.getOrDefault("description", ""), f.get("location"));
        doc.add(new TextField("text", String.join(" ", words), Field.Store.NO));
        doc.add(new StoredField("words", String.join(" ", words)));
        doc.add(new StoredField("chars", contentChars(f.getOrDefault("description", ""), f.get("location"))));
        try {
            writer.updateDocument(new Term("number", f.get("number")), doc);
            removed.remove(f.get("number"));
            pending.put(f.get("number"), new Pending(f.get("number"), f.getOrDefault("category", ""), place,
                    lat == null || lat.isEmpty() ? null : Double.valueOf(lat),
                    lng == null || lng.isEmpty() ? null : Double.valueOf(lng), words,
                    contentChars(f.getOrDefault("description", ""), f.get("location"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(String number) {
        try {
            writer.deleteDocuments(new Term("number", number));
            pending.remove(number);
            removed.add(number);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rebuild(List<Map<String, String>> open) {
        try {
            writer.deleteAll();
            for (Map<String, String> f : open) {
                index(f);
            }
            writer.commit();
            reopen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Duplicate index rebuilt with {} open tickets", open.size());
    }

    /** The open ticket this complaint repeats, if any. */
    public Optional<String> find(String category, String location, Double lat, Double lng, String description) {
        String place = Places.normalize(location);
        if (category == null || (place.isEmpty() && lat == null)) {
            return Optional.empty();
        }
        BooleanQuery.Builder where = new BooleanQuery.Builder();
        if (!place.isEmpty()) {
            where.add(new TermQuery(new Term("place", place)), BooleanClause.Occur.SHOULD);
        }
        if (lat != null && lng != null) {
            where.add(LatLonPoint.newDistanceQuery("point", lat, lng, radius), BooleanClause.Occur.SHOULD);
        }
        List<String> words = contentWords(description, location);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("category", category)), BooleanClause.Occur.FILTER)
                .add(where.build(), BooleanClause.Occur.FILTER);
        for (String w : words) {
            query.add(new TermQuery(new Term("text", w)), BooleanClause.Occur.SHOULD);
        }
        String chars = contentChars(description, location);
        try {
            if (System.currentTimeMillis() - reopened >= REOPEN_MILLIS && !(pending.isEmpty() && removed.isEmpty())) {
                reopen();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                for (ScoreDoc hit : searcher.search(query.build(), 10).scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    String number = doc.get("number");
                    if (!removed.contains(number) && (similar(words, Arrays.asList(doc.get("words").split(" ")))
                            || similarChars(chars, doc.get("chars")))) {
                        return Optional.of(number);
                    }
                }
                for (Pending p : pending.values()) {
                    boolean samePlace = (!place.isEmpty() && place.equals(p.place()))
                            || (lat != null && lng != null && p.lat() != null && p.lng() != null
                            && SloppyMath.haversinMeters(lat, lng, p.lat(), p.lng()) <= radius);
                    if (category.equals(p.category()) && samePlace
                            && (similar(words, p.words()) || similarChars(chars, p.chars()))) {
                        return Optional.of(p.number());
                    }
                }
                return Optional.empty();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every change so far searchable; what was pending until now is then in the searcher. */
    private synchronized void reopen() throws IOException {
        Map<String, Pending> before = Map.copyOf(pending);
        List<String> gone = new ArrayList<>(removed);
        searchers.maybeRefreshBlocking();
        before.forEach(pending::remove);
        gone.forEach(removed::remove);
        reopened = System.currentTimeMillis();
    }

    /** Overlap coefficient of the two word sets: shared words over the smaller set. */
    static boolean similar(List<String> a, List<String> b) {
        Set<String> left = new HashSet<>(a);
        Set<String> right = new HashSet<>(b);
        left.remove("");
        right.remove("");
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / Math.min(left.size(), right.size()) >= MIN_OVERLAP;
    }

    /** Share of the shorter text's content characters that the other has too: catches 狗叫 vs 狗一直叫. */
    static boolean similarChars(String a, String b) {
        Set<Integer> left = new HashSet<>();
        a.codePoints().forEach(left::add);
        Set<Integer> right = new HashSet<>();
        (b == null ? "" : b).codePoints().forEach(right::add);
        if (left.size() < 2 || right.size() < 2) {
            return false;
        }
        Set<Integer> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / Math.min(left.size(), right.size()) >= MIN_CHAR_OVERLAP;
    }

    /** The Han characters of the description, the place and function characters left out. */
    static String contentChars(String description, String location) {
        String text = org.civicchat.nlp.TextNormalizer.normalize(description == null ? "" : description);
        if (location != null && !location.isBlank()) {
            text = text.replace(org.civicchat.nlp.TextNormalizer.normalize(location), " ");
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .filter(cp -> STOP_CHARS.indexOf(cp) < 0).distinct().forEach(out::appendCodePoint);
        return out.toString();
    }

    List<String> contentWords(String description, String location) {
        String text = description == null ? "" : description;
        if (location != null && !location.isBlank()) {
            text = text.replace(location, " ");
        }
        List<String> placeWords = location == null ? List.of() : analyzer.words(location);
        List<String> out = new ArrayList<>(analyzer.words(text));
        out.removeAll(placeWords);
        return out;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        analyzer.close();
    }
}
