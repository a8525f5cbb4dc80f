package org.civicchat.survey;

import java.util.List;

/**
 * Live figures of a survey, from completed answer sets only.
 *
 * @param awareness     知晓率: correct answers to awareness questions over all answers to them
 * @param participation share of those asked the participation question who picked a participating option
 * @param satisfaction  rating questions: average and share of 4–5
 */
public record SurveyResults(String id, String title, String status, long responses, List<QuestionResult> questions,
                            Rate awareness, Rate participation, Satisfaction satisfaction) {

    /** @param answered how many completed answer sets answered this question (it may have been skipped by showIf) */
    public record QuestionResult(String id, String kind, String text, long answered, List<OptionCount> options,
                                 Long correct, Double correctRate) {
    }

    public record OptionCount(String text, long count) {
    }

    /** @param rate {@code hits / of}, 0 when nothing was answered */
    public record Rate(long hits, long of, double rate) {

        static Rate of(long hits, long of) {
            return new Rate(hits, of, of == 0 ? 0 : Math.round(hits * 10000.0 / of) / 10000.0);
        }
    }

    public record Satisfaction(long ratings, double average, double satisfiedRate) {
    }
}
