package org.civicchat.survey;

/** One line of the survey list. */
public record SurveySummary(String id, String title, String status, int questions, long responses, long created) {
}
