package org.civicchat.survey;

/** A survey with this id already has answers, so its questions can no longer change. */
public final class SurveyExists extends RuntimeException {

    public SurveyExists(String surveyId) {
        super("survey " + surveyId + " already exists and has responses");
    }
}
