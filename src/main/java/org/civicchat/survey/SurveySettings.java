package org.civicchat.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * @param dir           YAML survey definitions loaded (created when absent) at start-up
 * @param defaultSurvey what "问卷" starts when the resident has nothing in progress; blank means the newest
 *                      open survey they have not completed
 */
@ConfigurationProperties(prefix = "civicchat.survey")
public record SurveySettings(@DefaultValue("surveys") Path dir,
                             @DefaultValue("awareness-2026") String defaultSurvey) {
}
