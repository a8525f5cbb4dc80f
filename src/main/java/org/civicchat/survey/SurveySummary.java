package org.civicchat.survey;

/**
 * One line of the survey list.
 *
 * @param campaignMeasure the office marked it as the campaign's measure: the dashboard's 知晓率, 参与率 and
 *                        满意度 come from it
 */
public record SurveySummary(String id, String title, String status, int questions, long responses, long created,
                            boolean campaignMeasure) {
}
