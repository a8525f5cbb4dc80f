package org.civicchat.faq;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * Finds the FAQ entries and passages that match a {@link Question} and says how sure each match is.
 *
 * <p>Lucene finds candidates: BM25 over the ways of asking each entry (the best one counts), its answer with a
 * lower boost, and Han character pairs. Each candidate then gets its <em>coverage</em>: the share of what the
 * question is about that the entry's ways of asking mention (concepts weighted by how rare they are among
 * entries and by part of speech, so an unknown noun such as {@code 社保} weighs most and {@code 以后} little).
 * Candidates are ranked by half Lucene score (relative to the best) and half coverage; the confidence of the
 * first is its coverage, lowered when the second ranks close, that of the others their coverage lowered fully,
 * mapped to 0..1 by {@link #calibrate}. Matches come most confident first.
 */
final class FaqMatcher {

    static final float ANSWER_BOOST = 0.25f;
    static final float BIGRAM_BOOST = 0.3f;
    static final float SYNONYM_BOOST = 0.7f;
    /** Credit for a concept that only the answer mentions, not any way of asking. */
    static final double ANSWER_ONLY_CREDIT = 0.5;
    /** Credit for a concept whose character pairs partly occur in the questions (a typo, another split). */
    static final double BIGRAM_CREDIT = 0.5;
    /** The share of the Lucene score in the rank; the rest is coverage. */
    static final double SCORE_SHARE = 0.5;
    /** How much of the confidence depends on leading the next candidate. */
    static final double LEAD_SHARE = 0.5;
    /** The lead counts fully once the next candidate's rank is this share (1 / scale) below the first's. */
    static final double LEAD_SCALE = 5;
    /**
     * The logistic map from raw confidence to the chance of a right answer, fitted on the labelled dev set
     * (in-domain questions whose first candidate is right against wrong firsts and off-topic questions).
     */
    static final double CALIBRATION_SLOPE = 12.5;
    static final double CALIBRATION_OFFSET = -5.0;
    static final int MAX_CONCEPTS = 24;
    static final int MAX_BIGRAMS = 48;
    /** Two candidates rank alike when the second has this share of the first's rank or more. */
    static final double TIE_RATIO = 0.85;
    /** How many of Lucene's best are re-ranked by coverage. */
    static final int RERANKED = 8;

    /**
     * An entry or passage with its Lucene score, the share of the question it covers, its rank score and its
     * calibrated confidence.
     */
    record Match(int ord, double score, double coverage, double rank, double confidence) {
    }

    List<Match> matchEntries(FaqIndex index, Question question) {
        List<FaqIndex.Scored> found = index.searchEntries(entryQuery(index, question));
        return rerank(found, scored -> entryCoverage(index, question, index.entryWords(scored.ord())),
                index::entryKey);
    }

    List<Match> matchPassages(FaqIndex index, Question question) {
        List<FaqIndex.Scored> found = index.searchPassages(passageQuery(index, question));
        return rerank(found, scored -> passageCoverage(index, question, index.passageWords(scored.ord())),
                index::passageKey);
    }

    /** @param key a stable key of an ord (the entry id), so ties never depend on the order entries were loaded in */
    private static List<Match> rerank(List<FaqIndex.Scored> found, ToDoubleFunction<FaqIndex.Scored> coverage,
                                      IntFunction<String> key) {
        if (found.isEmpty()) {
            return List.of();
        }
        double best = found.get(0).score();
        List<Match> ranked = new ArrayList<>(Math.min(RERANKED, found.size()));
        for (int i = 0; i < found.size() && i < RERANKED; i++) {
            FaqIndex.Scored scored = found.get(i);
            double covered = coverage.applyAsDouble(scored);
            double rank = SCORE_SHARE * scored.score() / best + (1 - SCORE_SHARE) * covered;
            ranked.add(new Match(scored.ord(), scored.score(), covered, rank, 0));
        }
        ranked.sort(Comparator.comparingDouble(Match::rank).reversed()
                .thenComparing(match -> key.apply(match.ord())));
        List<Match> matches = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Match match = ranked.get(i);
            double rival = i == 0 ? (ranked.size() > 1 ? ranked.get(1).rank() : 0) : ranked.get(0).rank();
            matches.add(new Match(match.ord(), match.score(), match.coverage(), match.rank(),
                    calibrate(rawConfidence(match.coverage(), match.rank(), rival))));
        }
        matches.sort(Comparator.comparingDouble(Match::confidence).reversed()
                .thenComparing(match -> key.apply(match.ord())));
        return matches;
    }

    /**
     * Coverage, kept whole when the candidate leads the next by a fifth of its rank or more, and lowered by up to
     * {@link #LEAD_SHARE} as the lead shrinks to nothing (or when the candidate is not the first).
     */
    static double rawConfidence(double coverage, double rank, double rival) {
        double lead = rank <= 0 ? 0 : Math.max(0, Math.min(1, LEAD_SCALE * (1 - rival / rank)));
        return coverage * (1 - LEAD_SHARE + LEAD_SHARE * lead);
    }

    /**
     * Whether a bare topic ({@link Question#bare()}) fits several entries equally: another entry covers it as fully
     * as the first and ranks within {@link #TIE_RATIO} of it. The others' confidences tie (they share one rival, the
     * first), so each is looked at, not only the next in order. The resident should then choose rather than get one
     * answer.
     */
    static boolean ambiguous(Question question, List<Match> matches) {
        if (!question.bare() || matches.size() < 2) {
            return false;
        }
        Match first = matches.get(0);
        return matches.stream().skip(1).anyMatch(other -> other.coverage() >= first.coverage() - 0.01
                && other.rank() >= TIE_RATIO * first.rank());
    }

    /** Maps a raw confidence to 0..1 so that it reads as the chance the answer is right. */
    static double calibrate(double raw) {
        return 1 / (1 + Math.exp(-(CALIBRATION_SLOPE * raw + CALIBRATION_OFFSET)));
    }

    Query entryQuery(FaqIndex index, Question question) {
        List<Query> clauses = new ArrayList<>();
        for (Question.Concept concept : concepts(question)) {
            clauses.add(conceptQuery(index, FaqIndex.VARIANT, concept));
            clauses.add(new BoostQuery(conceptQuery(index, FaqIndex.ANSWER, concept), ANSWER_BOOST));
        }
        List<String> bigrams = question.bigrams();
        for (int i = 0; i < bigrams.size() && i < MAX_BIGRAMS; i++) {
            clauses.add(new BoostQuery(index.termQuery(FaqIndex.VARIANT_BIGRAMS, bigrams.get(i)), BIGRAM_BOOST));
        }
        return sumOf(clauses);
    }

    Query passageQuery(FaqIndex index, Question question) {
        List<Query> clauses = new ArrayList<>();
        for (Question.Concept concept : concepts(question)) {
            clauses.add(conceptQuery(index, FaqIndex.PASSAGE, concept));
        }
        return sumOf(clauses);
    }

    /**
     * The sum of the clauses' scores, as a BooleanQuery of SHOULD clauses gives; but a disjunction scores the few
     * hundred documents without the 2048 buckets per segment that BooleanScorer allocates (a third of all
     * allocation per question). The tie breaker is just under 1 because Lucene rewrites a disjunction with tie
     * breaker 1 into that BooleanQuery; the scores differ by less than a millionth.
     */
    private static Query sumOf(List<Query> clauses) {
        return new DisjunctionMaxQuery(clauses, Math.nextDown(1f));
    }

    private static List<Question.Concept> concepts(Question question) {
        List<Question.Concept> concepts = question.concepts();
        return concepts.size() <= MAX_CONCEPTS ? concepts : concepts.subList(0, MAX_CONCEPTS);
    }

    private static Query conceptQuery(FaqIndex index, String field, Question.Concept concept) {
        List<List<String>> forms = concept.forms();
        if (forms.size() == 1) {
            return formQuery(index, field, forms.get(0));
        }
        List<Query> alternatives = new ArrayList<>(forms.size());
        alternatives.add(formQuery(index, field, forms.get(0)));
        for (int i = 1; i < forms.size(); i++) {
            alternatives.add(new BoostQuery(formQuery(index, field, forms.get(i)), SYNONYM_BOOST));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private static Query formQuery(FaqIndex index, String field, List<String> tokens) {
        if (tokens.size() == 1) {
            return index.termQuery(field, tokens.get(0));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String token : tokens) {
            all.add(index.termQuery(field, token), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    static double entryCoverage(FaqIndex index, Question question, FaqIndex.Vocabulary words) {
        double total = 0;
        double covered = 0;
        for (Question.Concept concept : concepts(question)) {
            double weight = weight(concept, index::entryIdf);
            total += weight;
            covered += weight * credit(concept, words);
        }
        return total == 0 ? 0 : covered / total;
    }

    /** The share of the question (weighted as for entries) that the FAQ and documents know at all. */
    static double domainCoverage(FaqIndex index, Question question) {
        double total = 0;
        double covered = 0;
        for (Question.Concept concept : concepts(question)) {
            double weight = weight(concept, index::entryIdf);
            total += weight;
            if (concept.forms().stream().anyMatch(form -> form.stream().allMatch(index::knows))) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    static double passageCoverage(FaqIndex index, Question question, Set<String> words) {
        double total = 0;
        double covered = 0;
        for (Question.Concept concept : concepts(question)) {
            double weight = weight(concept, index::passageIdf);
            total += weight;
            if (concept.forms().stream().anyMatch(words::containsAll)) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private static double weight(Question.Concept concept, ToDoubleFunction<String> idf) {
        double weight = 0;
        for (String token : concept.typed()) {
            weight = Math.max(weight, idf.applyAsDouble(token));
        }
        return weight * concept.salience();
    }

    private static double credit(Question.Concept concept, FaqIndex.Vocabulary words) {
        double credit = 0;
        for (List<String> form : concept.forms()) {
            if (words.questionWords().containsAll(form)) {
                return 1;
            }
            if (containsAll(words, form)) {
                credit = ANSWER_ONLY_CREDIT;
            }
        }
        if (credit == 0) {
            credit = BIGRAM_CREDIT * bigramShare(concept.text(), words.questionBigrams());
        }
        return credit;
    }

    private static boolean containsAll(FaqIndex.Vocabulary words, List<String> form) {
        for (String token : form) {
            if (!words.questionWords().contains(token) && !words.answerWords().contains(token)) {
                return false;
            }
        }
        return true;
    }

    private static double bigramShare(String text, Set<String> bigrams) {
        if (text.length() < 2) {
            return 0;
        }
        int pairs = 0;
        int found = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs++;
            if (bigrams.contains(text.substring(i, i + 2))) {
                found++;
            }
        }
        return (double) found / pairs;
    }
}
