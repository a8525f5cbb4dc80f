package org.civicchat.survey;

import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Surveys: defining, opening and closing them (admin), answering them in the chat (residents), and their
 * live figures and CSV export. Residents are known here only by each survey's pseudonym of their openid.
 */
@Service
public class SurveyService {

    private final SurveyCatalog catalog;
    private final SurveyChat chat;
    private final SurveyStore store;

    SurveyService(SurveyCatalog catalog, SurveyChat chat, SurveyStore store) {
        this.catalog = catalog;
        this.chat = chat;
        this.store = store;
    }

    /**
     * Creates and opens a survey (or replaces one nobody has answered yet).
     *
     * @throws InvalidSurvey naming every bad field
     * @throws SurveyExists  when the id is taken by a survey with answers
     */
    public SurveySummary define(SurveyDefinition definition) {
        return summary(catalog.define(definition));
    }

    public List<SurveySummary> list() {
        String campaign = store.campaign().orElse(null);
        return catalog.all().stream().map(s -> summary(s, campaign)).toList();
    }

    /** @throws UnknownSurvey */
    public SurveyDefinition definition(String surveyId) {
        return catalog.get(surveyId).definition();
    }

    /** Residents can no longer start or continue it; the figures stay. @throws UnknownSurvey */
    public SurveySummary close(String surveyId) {
        catalog.setStatus(surveyId, SurveyCatalog.CLOSED);
        return summary(catalog.get(surveyId));
    }

    /** @throws UnknownSurvey */
    public SurveySummary reopen(String surveyId) {
        catalog.setStatus(surveyId, SurveyCatalog.OPEN);
        return summary(catalog.get(surveyId));
    }

    /**
     * Marks the survey as the campaign's measure (the dashboard's 知晓率, 参与率 and 满意度), in place of any
     * survey marked before.
     *
     * @throws UnknownSurvey
     * @throws NotAMeasure when none of its questions has correct answers
     */
    public SurveySummary markCampaign(String surveyId) {
        SurveyCatalog.Survey survey = catalog.get(surveyId);
        if (survey.definition().questions().stream().noneMatch(Question::awareness)) {
            throw new NotAMeasure(surveyId, survey.definition().title());
        }
        store.setCampaign(surveyId);
        return summary(survey);
    }

    /** Takes the mark off this survey (nothing happens when another one carries it). @throws UnknownSurvey */
    public SurveySummary unmarkCampaign(String surveyId) {
        SurveyCatalog.Survey survey = catalog.get(surveyId);
        store.clearCampaign(surveyId);
        return summary(survey);
    }

    /** The survey marked as the campaign's measure, if one is marked and still exists. */
    public Optional<SurveySummary> campaign() {
        return store.campaign().flatMap(catalog::find).map(this::summary);
    }

    /** @throws UnknownSurvey */
    public SurveyResults results(String surveyId) {
        SurveyCatalog.Survey survey = catalog.get(surveyId);
        return SurveyFigures.results(survey.definition(), survey.status(), store.tally(surveyId));
    }

    /** Writes every completed answer set as CSV (see {@link SurveyCsv}). @throws UnknownSurvey */
    public void exportCsv(String surveyId, Writer out) {
        SurveyDefinition def = catalog.get(surveyId).definition();
        try {
            SurveyCsv.header(def, out);
            store.forEachResponse(surveyId, done -> SurveyCsv.row(def, done.pseudonym(), done.at(), done.answers(), out));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export's column headers: 答卷人, 完成时间, each question numbered with its text. @throws UnknownSurvey */
    public List<String> exportHeaders(String surveyId) {
        return SurveyCsv.headers(catalog.get(surveyId).definition());
    }

    /** Every completed answer set, oldest first, answers readable and in question order. @throws UnknownSurvey */
    public void exportRows(String surveyId, java.util.function.Consumer<SurveyExportRow> each) {
        SurveyDefinition def = catalog.get(surveyId).definition();
        store.forEachResponse(surveyId, done -> each.accept(new SurveyExportRow(done.pseudonym(),
                java.time.Instant.ofEpochMilli(done.at()), SurveyCsv.answers(def, done.answers()))));
    }

    /**
     * The text of a pushed invitation: tapping its link (WeChat's bizmsgmenu) sends "问卷 &lt;id&gt;" to the
     * account, which starts the survey; the sentence says the same for clients that show it as plain text.
     *
     * @throws UnknownSurvey
     */
    public String invitation(String surveyId) {
        SurveyDefinition def = catalog.get(surveyId).definition();
        String command = "问卷 " + def.id();
        return "诚邀您参与《" + def.title() + "》，共" + def.questions().size() + "题，约两分钟。"
                + "<a href=\"weixin://bizmsgmenu?msgmenucontent=" + command + "&msgmenuid=" + def.id() + "\">点此开始</a>"
                + "，或回复“" + command + "”。";
    }

    /**
     * A resident starts (or resumes) a survey: by id from a menu key or an invitation, or with a null id the
     * one in progress / the default / the newest open one.
     */
    public SurveyTurn start(String openid, String surveyId) {
        return chat.start(openid, surveyId);
    }

    /** The resident's message while a survey question is on screen; {@code text} is null for non-text messages. */
    public SurveyTurn answer(String openid, String surveyId, String text) {
        return chat.answer(openid, surveyId, text);
    }

    /** How the text fits the question on screen; ANSWER when the survey would rather say it is over. */
    public SurveyFit fits(String openid, String surveyId, String text) {
        return chat.fits(openid, surveyId, text);
    }

    /** The question on screen, for asking it again after the resident turned to something else. */
    public Optional<String> currentQuestion(String openid, String surveyId) {
        return chat.current(openid, surveyId);
    }

    /** Pauses politely ("等会", "下次"); "继续" or "问卷" resumes. */
    public SurveyTurn pause(String surveyId) {
        return chat.pause(surveyId);
    }

    /** The survey the resident started and has not finished, if any. */
    public Optional<String> inProgress(String openid) {
        return chat.inProgress(openid);
    }

    private SurveySummary summary(SurveyCatalog.Survey survey) {
        return summary(survey, store.campaign().orElse(null));
    }

    private SurveySummary summary(SurveyCatalog.Survey survey, String campaign) {
        return new SurveySummary(survey.id(), survey.definition().title(), survey.status(),
                survey.definition().questions().size(), store.responses(survey.id()), survey.created(),
                survey.id().equals(campaign));
    }
}
