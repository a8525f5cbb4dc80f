package org.civicchat.survey;

/** A resident completed a survey; {@code pseudonym} is the survey's own, never the openid. */
public record SurveyAnswered(String surveyId, String pseudonym, long at) {
}
