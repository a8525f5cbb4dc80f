package org.civicchat.admin;

import org.civicchat.survey.Question;
import org.civicchat.survey.QuestionKind;
import org.civicchat.survey.SurveyDefinition;
import org.civicchat.survey.SurveyResults;
import org.civicchat.survey.SurveyService;
import org.civicchat.survey.SurveySummary;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The dashboard's survey figures: 知晓率, 参与率 and 满意度 of the survey the office marked as the campaign's
 * measure (never simply the newest: a poll without correct answers would show a 知晓率 of 0), each beside its
 * target.
 */
@Component
class SurveyFigures {

    static final String NONE_MARKED = "尚未指定测评问卷：请在“问卷”中打开用于测评的问卷，点“设为测评问卷”，这里就会显示它的知晓率、参与率和满意度。";

    private final SurveyService surveys;
    private final DashboardSettings.Targets targets;

    SurveyFigures(SurveyService surveys, DashboardSettings settings) {
        this.surveys = surveys;
        this.targets = settings.targets();
    }

    /** The marked survey's figures, as the dashboard has always shown them; null when none is marked. */
    Survey survey(Optional<SurveyResults> campaign) {
        return campaign.map(r -> new Survey(r.id(), r.title(), r.status(), r.responses(), r.awareness(),
                r.participation(), r.satisfaction(), true)).orElse(null);
    }

    /** The marked survey's results, if one is marked. */
    Optional<SurveyResults> campaignResults() {
        return surveys.campaign().map(SurveySummary::id).map(surveys::results);
    }

    /** The campaign measures against their targets, or a note saying that no survey is marked. */
    Campaign campaign(Optional<SurveyResults> results) {
        if (results.isEmpty()) {
            return new Campaign(false, null, null, NONE_MARKED, List.of());
        }
        SurveyResults r = results.get();
        SurveyDefinition def = surveys.definition(r.id());
        boolean awareness = def.questions().stream().anyMatch(Question::awareness);
        boolean participation = def.questions().stream().anyMatch(q -> !q.participating().isEmpty());
        boolean rating = def.questions().stream().anyMatch(q -> QuestionKind.of(q.kind()).orElse(null) == QuestionKind.RATING);
        long satisfied = r.questions().stream().filter(q -> QuestionKind.RATING.id().equals(q.kind()))
                .mapToLong(q -> q.options().stream().skip(3).mapToLong(SurveyResults.OptionCount::count).sum()).sum();
        return new Campaign(true, r.id(), r.title(), null, List.of(
                measure("awareness", "知晓率", awareness, r.awareness().hits(), r.awareness().of(), targets.awareness()),
                measure("participation", "参与率", participation, r.participation().hits(), r.participation().of(),
                        targets.participation()),
                measure("satisfaction", "满意度", rating, satisfied, r.satisfaction().ratings(), targets.satisfaction())));
    }

    static Measure measure(String key, String name, boolean applicable, long hits, long of, double target) {
        if (!applicable) {
            return new Measure(key, name, false, null, 0, 0, target, null);
        }
        Double rate = of == 0 ? null : Figures.round(hits / (double) of);
        return new Measure(key, name, true, rate, hits, of, target, rate == null ? null : rate >= target);
    }

    /** The marked survey's figures under the dashboard's long-standing {@code survey} field. */
    record Survey(String id, String title, String status, long responses, SurveyResults.Rate awareness,
                  SurveyResults.Rate participation, SurveyResults.Satisfaction satisfaction, boolean campaignMeasure) {
    }

    /**
     * @param marked   whether the office marked a survey as the campaign's measure
     * @param note     what to do when none is marked (shown instead of figures), else null
     * @param measures 知晓率, 参与率, 满意度, in that order; empty when none is marked
     */
    record Campaign(boolean marked, String surveyId, String title, String note, List<Measure> measures) {
    }

    /**
     * One campaign figure beside its target.
     *
     * @param applicable false when the survey has no question of this kind (shown as 不适用)
     * @param rate       hits / of, rounded to four decimals; null when nobody has answered yet
     * @param reached    rate ≥ target; null when there is no rate
     */
    record Measure(String key, String name, boolean applicable, Double rate, long hits, long of, double target,
                   Boolean reached) {
    }
}
