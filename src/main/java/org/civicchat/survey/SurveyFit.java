package org.civicchat.survey;

/** How a resident's message fits the survey question on screen. */
public enum SurveyFit {
    /** It answers a choice or rating question, or is a survey word (退出, 继续), or the survey is over. */
    ANSWER,
    /** The question takes any text; whether this text is meant as the answer is the caller's judgement. */
    FREE_TEXT,
    /** It does not answer the question. */
    NO
}
