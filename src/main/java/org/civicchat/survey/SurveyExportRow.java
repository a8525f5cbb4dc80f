package org.civicchat.survey;

import java.time.Instant;
import java.util.List;

/** One completed answer set for an export: the survey pseudonym (never an openid), when, readable answers. */
public record SurveyExportRow(String respondent, Instant completedAt, List<String> answers) {
}
