package org.civicchat.survey;

/** No survey with this id exists. */
public final class UnknownSurvey extends RuntimeException {

    private final String surveyId;

    public UnknownSurvey(String surveyId) {
        super("no survey with id " + surveyId);
        this.surveyId = surveyId;
    }

    public String surveyId() {
        return surveyId;
    }
}
