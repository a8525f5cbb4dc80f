package org.civicchat.survey;

/**
 * What the survey says to a resident after their message, and whether it waits for their next answer.
 *
 * @param surveyId the survey this turn belongs to; null when none could be found
 */
public record SurveyTurn(String surveyId, Outcome outcome, String text) {

    public enum Outcome {
        /** A question is on screen; the resident's next message is its answer. */
        ASKING,
        /** "退出": the answers so far are kept; "问卷" resumes. */
        PAUSED,
        /** The last answer is in and counted. */
        COMPLETED,
        /** This resident had already completed the survey. */
        ALREADY_COMPLETED,
        /** No such survey, it is closed, or the resident's community quota is full. */
        UNAVAILABLE
    }

    public boolean waitsForAnswer() {
        return outcome == Outcome.ASKING;
    }
}
