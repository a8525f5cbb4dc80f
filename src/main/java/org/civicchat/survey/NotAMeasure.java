package org.civicchat.survey;

/**
 * A survey that cannot be the campaign's measure: it has no awareness question (none with correct answers),
 * so it has no 知晓率 to show.
 */
public final class NotAMeasure extends RuntimeException {

    private final String surveyId;
    private final String title;

    public NotAMeasure(String surveyId, String title) {
        super("survey " + surveyId + " has no question with correct answers, so no awareness rate");
        this.surveyId = surveyId;
        this.title = title;
    }

    public String surveyId() {
        return surveyId;
    }

    public String title() {
        return title;
    }
}
