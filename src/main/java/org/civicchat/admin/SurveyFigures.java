package org.civicchat.admin;

import org.civicchat.survey.SurveyResults;
import org.civicchat.survey.SurveyService;
import org.civicchat.survey.SurveySummary;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The dashboard's survey figures: 知晓率, participation and satisfaction of the most recently created survey. */
@Component
class SurveyFigures {

    private final SurveyService surveys;

    SurveyFigures(SurveyService surveys) {
        this.surveys = surveys;
    }

    /** The latest survey's figures, or null when there is no survey. */
    Map<String, Object> latest() {
        return surveys.list().stream()
                .max(Comparator.comparingLong(SurveySummary::created).thenComparing(SurveySummary::id))
                .map(s -> view(surveys.results(s.id())))
                .orElse(null);
    }

    private static Map<String, Object> view(SurveyResults r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("status", r.status());
        m.put("responses", r.responses());
        m.put("awareness", r.awareness());
        m.put("participation", r.participation());
        m.put("satisfaction", r.satisfaction());
        return m;
    }
}
