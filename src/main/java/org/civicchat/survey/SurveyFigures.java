package org.civicchat.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tallies of completed answer sets. A completed set adds, per question it answered: {@code q:n} (answered),
 * {@code q:<i>} per picked option (choice) or {@code q:<v>} (rating 1–5), {@code q:ok} (awareness, right),
 * {@code q:yes} (participation), {@code q:sum} (rating). Counted once, when the last answer is in, so paused
 * and abandoned answer sets never show in the figures.
 */
final class SurveyFigures {

    private SurveyFigures() {
    }

    /** The counter increments of one completed answer set. */
    static Map<String, Long> increments(SurveyDefinition survey, Map<String, Answer> answers) {
        Map<String, Long> by = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            Answer answer = answers.get(q.id());
            if (answer == null) {
                continue;
            }
            by.merge(q.id() + ":n", 1L, Long::sum);
            switch (q.type()) {
                case SINGLE, MULTI -> {
                    answer.picks().forEach(i -> by.merge(q.id() + ":" + i, 1L, Long::sum));
                    if (SurveyTexts.correct(q, answer)) {
                        by.merge(q.id() + ":ok", 1L, Long::sum);
                    }
                    if (!q.participating().isEmpty() && answer.matchesAny(q.participating())) {
                        by.merge(q.id() + ":yes", 1L, Long::sum);
                    }
                }
                case RATING -> {
                    int value = answer.picks().get(0);
                    by.merge(q.id() + ":" + value, 1L, Long::sum);
                    by.merge(q.id() + ":sum", (long) value, Long::sum);
                }
                case TEXT -> {
                    if (answer.text() != null && !answer.text().isBlank()) {
                        by.merge(q.id() + ":filled", 1L, Long::sum);
                    }
                }
            }
        }
        return by;
    }

    static SurveyResults results(SurveyDefinition survey, String status, Map<String, String> tally) {
        List<SurveyResults.QuestionResult> questions = new ArrayList<>();
        long awarenessOk = 0;
        long awarenessOf = 0;
        long participating = 0;
        long participationOf = 0;
        long ratings = 0;
        long ratingSum = 0;
        long satisfied = 0;
        for (Question q : survey.questions()) {
            long answered = count(tally, q.id() + ":n");
            List<SurveyResults.OptionCount> options = new ArrayList<>();
            Long correct = null;
            Double rate = null;
            switch (q.type()) {
                case SINGLE, MULTI -> {
                    for (int i = 0; i < q.options().size(); i++) {
                        options.add(new SurveyResults.OptionCount(q.options().get(i), count(tally, q.id() + ":" + i)));
                    }
                    if (q.awareness()) {
                        correct = count(tally, q.id() + ":ok");
                        rate = SurveyResults.Rate.of(correct, answered).rate();
                        awarenessOk += correct;
                        awarenessOf += answered;
                    }
                    if (!q.participating().isEmpty()) {
                        participating += count(tally, q.id() + ":yes");
                        participationOf += answered;
                    }
                }
                case RATING -> {
                    for (int v = 1; v <= 5; v++) {
                        long n = count(tally, q.id() + ":" + v);
                        options.add(new SurveyResults.OptionCount(v + " " + q.choices().get(v - 1), n));
                        if (v >= 4) {
                            satisfied += n;
                        }
                    }
                    ratings += answered;
                    ratingSum += count(tally, q.id() + ":sum");
                }
                case TEXT -> {
                }
            }
            questions.add(new SurveyResults.QuestionResult(q.id(), q.type().id(), q.text(), answered, options,
                    correct, rate));
        }
        SurveyResults.Satisfaction satisfaction = new SurveyResults.Satisfaction(ratings,
                ratings == 0 ? 0 : Math.round(ratingSum * 100.0 / ratings) / 100.0,
                SurveyResults.Rate.of(satisfied, ratings).rate());
        return new SurveyResults(survey.id(), survey.title(), status, count(tally, "responses"), questions,
                SurveyResults.Rate.of(awarenessOk, awarenessOf), SurveyResults.Rate.of(participating, participationOf),
                satisfaction);
    }

    private static long count(Map<String, String> tally, String field) {
        String value = tally.get(field);
        return value == null ? 0 : Long.parseLong(value);
    }
}
