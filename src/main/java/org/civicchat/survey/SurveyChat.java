package org.civicchat.survey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answering a survey in the chat: one question per message, answers checked and stored under the survey's
 * pseudonym, "退出" to pause, "问卷" to resume, completion counted once. The caller (the dialog) holds the
 * resident's session lock, so one resident's messages never race here.
 */
@Component
class SurveyChat {

    /** 算了 in the middle of a survey leaves the survey, whatever else was open before it. */
    private static final Set<String> PAUSE = Set.of("退出", "暂停", "退出问卷", "不填了", "结束", "算了", "算了吧", "不答了",
            "不做了", "不想答了", "不想填了", "不想做了");
    private static final Set<String> SHOW_AGAIN = Set.of("问卷", "继续", "继续问卷", "继续填写", "接着答", "接着填",
            "继续答", "继续答题", "继续填");
    private static final String NEXT = "next";

    private final SurveyCatalog catalog;
    private final SurveyStore store;
    private final SurveySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyChat(SurveyCatalog catalog, SurveyStore store, SurveySettings settings, ApplicationEventPublisher events,
               Clock clock) {
        this.clock = clock;
        this.catalog = catalog;
        this.store = store;
        this.settings = settings;
        this.events = events;
    }

    SurveyTurn start(String openid, String surveyId) {
        Optional<SurveyCatalog.Survey> found = surveyId == null || surveyId.isBlank()
                ? pick(openid) : catalog.find(surveyId);
        if (found.isEmpty()) {
            return unavailable(surveyId, surveyId == null || surveyId.isBlank()
                    ? SurveyTexts.NONE_OPEN : SurveyTexts.NOT_FOUND);
        }
        SurveyCatalog.Survey survey = found.get();
        SurveyDefinition def = survey.definition();
        if (!survey.open()) {
            return unavailable(survey.id(), SurveyTexts.closed(def));
        }
        String pseudonym = survey.pseudonym(openid);
        if (store.completed(survey.id(), pseudonym)) {
            return new SurveyTurn(survey.id(), SurveyTurn.Outcome.ALREADY_COMPLETED, SurveyTexts.alreadyCompleted(def));
        }
        Map<String, String> progress = store.progress(survey.id(), pseudonym);
        int next = current(def, progress);
        if (!progress.isEmpty() && next >= 0) {
            return asking(survey, SurveyTexts.resume(next) + "\n\n" + SurveyTexts.question(def, next));
        }
        int first = nextShown(def, -1, Map.of());
        store.saveProgress(survey.id(), pseudonym, Map.of(NEXT, Integer.toString(first)));
        return asking(survey, SurveyTexts.intro(def) + "\n\n" + SurveyTexts.question(def, first));
    }

    /** How {@code text} fits the question on screen (a survey word such as 退出 or 继续 fits). */
    SurveyFit fits(String openid, String surveyId, String text) {
        Optional<SurveyCatalog.Survey> found = catalog.find(surveyId);
        if (found.isEmpty() || !found.get().open()) {
            return SurveyFit.ANSWER; // the survey's own answer says it is gone
        }
        SurveyCatalog.Survey survey = found.get();
        String pseudonym = survey.pseudonym(openid);
        Map<String, String> progress = store.progress(survey.id(), pseudonym);
        int index = current(survey.definition(), progress);
        if (progress.isEmpty() || index < 0 || store.completed(survey.id(), pseudonym)) {
            return SurveyFit.ANSWER;
        }
        String said = AnswerParser.normalize(text);
        if (PAUSE.contains(said) || SHOW_AGAIN.contains(said)) {
            return SurveyFit.ANSWER;
        }
        Question question = survey.definition().questions().get(index);
        if (AnswerParser.parse(question, said).isEmpty()) {
            return SurveyFit.NO;
        }
        return question.type() == QuestionKind.TEXT ? SurveyFit.FREE_TEXT : SurveyFit.ANSWER;
    }

    /** The question on screen, asked again after the resident turned to something else. */
    Optional<String> current(String openid, String surveyId) {
        return catalog.find(surveyId).filter(SurveyCatalog.Survey::open).flatMap(survey -> {
            String pseudonym = survey.pseudonym(openid);
            int index = current(survey.definition(), store.progress(survey.id(), pseudonym));
            return index < 0 || store.completed(survey.id(), pseudonym) ? Optional.empty()
                    : Optional.of(SurveyTexts.question(survey.definition(), index));
        });
    }

    /** "等会", "下次再说": the answers so far are kept. */
    SurveyTurn pause(String surveyId) {
        return new SurveyTurn(surveyId, SurveyTurn.Outcome.PAUSED, SurveyTexts.PAUSED_LATER);
    }

    /** The open survey this resident has started and not finished, if any. */
    Optional<String> inProgress(String openid) {
        return catalog.all().stream().filter(SurveyCatalog.Survey::open)
                .filter(s -> !store.progress(s.id(), s.pseudonym(openid)).isEmpty())
                .filter(s -> !store.completed(s.id(), s.pseudonym(openid)))
                .map(SurveyCatalog.Survey::id).findFirst();
    }

    SurveyTurn answer(String openid, String surveyId, String text) {
        Optional<SurveyCatalog.Survey> found = catalog.find(surveyId);
        if (found.isEmpty()) {
            return unavailable(surveyId, SurveyTexts.NOT_FOUND);
        }
        SurveyCatalog.Survey survey = found.get();
        SurveyDefinition def = survey.definition();
        if (!survey.open()) {
            return unavailable(survey.id(), SurveyTexts.closed(def));
        }
        String pseudonym = survey.pseudonym(openid);
        if (store.completed(survey.id(), pseudonym)) {
            return new SurveyTurn(survey.id(), SurveyTurn.Outcome.ALREADY_COMPLETED, SurveyTexts.alreadyCompleted(def));
        }
        Map<String, String> progress = store.progress(survey.id(), pseudonym);
        int index = current(def, progress);
        if (progress.isEmpty() || index < 0) {
            return start(openid, survey.id());
        }
        String said = AnswerParser.normalize(text);
        if (PAUSE.contains(said)) {
            return new SurveyTurn(survey.id(), SurveyTurn.Outcome.PAUSED, SurveyTexts.PAUSED);
        }
        if (SHOW_AGAIN.contains(said)) {
            return asking(survey, SurveyTexts.question(def, index));
        }
        Question question = def.questions().get(index);
        Optional<Answer> answer = AnswerParser.parse(question, said);
        if (answer.isEmpty()) {
            String why = said.isEmpty() ? SurveyTexts.EMPTY : SurveyTexts.NOT_UNDERSTOOD;
            return asking(survey, why + SurveyTexts.hint(question) + "\n\n" + SurveyTexts.question(def, index));
        }
        Optional<String> fullQuota = quotaFull(survey, question, answer.get());
        if (fullQuota.isPresent()) {
            return unavailable(survey.id(), SurveyTexts.quotaFull(fullQuota.get()));
        }
        Map<String, Answer> answers = answers(def, progress);
        answers.put(question.id(), answer.get());
        String feedback = SurveyTexts.feedback(question, answer.get());
        String lead = feedback.isEmpty() ? "" : feedback + "\n\n";
        int next = nextShown(def, index, answers);
        if (next < 0) {
            return complete(survey, pseudonym, answers, lead);
        }
        store.saveProgress(survey.id(), pseudonym, Map.of(question.id(), answer.get().encode(question.type()),
                NEXT, Integer.toString(next)));
        return asking(survey, lead + SurveyTexts.question(def, next));
    }

    private SurveyTurn complete(SurveyCatalog.Survey survey, String pseudonym, Map<String, Answer> answers, String lead) {
        SurveyDefinition def = survey.definition();
        Map<String, String> encoded = new LinkedHashMap<>();
        for (Question q : def.questions()) {
            Answer a = answers.get(q.id());
            if (a != null) {
                encoded.put(q.id(), a.encode(q.type()));
            }
        }
        String quotaOption = null;
        int quotaLimit = 0;
        if (def.quota() != null && answers.containsKey(def.quota().question())) {
            Question q = def.question(def.quota().question()).orElseThrow();
            quotaOption = q.options().get(answers.get(q.id()).picks().get(0));
            quotaLimit = def.quota().limits().getOrDefault(quotaOption, 0);
        }
        long now = clock.millis();
        long result = store.complete(survey.id(), pseudonym, now, quotaOption, quotaLimit, encoded,
                SurveyFigures.increments(def, answers));
        if (result == 0) {
            return new SurveyTurn(survey.id(), SurveyTurn.Outcome.ALREADY_COMPLETED, SurveyTexts.alreadyCompleted(def));
        }
        if (result < 0) {
            return unavailable(survey.id(), SurveyTexts.quotaFull(quotaOption));
        }
        events.publishEvent(new SurveyAnswered(survey.id(), pseudonym, now));
        return new SurveyTurn(survey.id(), SurveyTurn.Outcome.COMPLETED, lead + SurveyTexts.completed(def));
    }

    /** The survey "问卷" means: one in progress, else the default, else the newest open one not yet completed. */
    private Optional<SurveyCatalog.Survey> pick(String openid) {
        List<SurveyCatalog.Survey> open = catalog.all().stream().filter(SurveyCatalog.Survey::open).toList();
        for (SurveyCatalog.Survey s : open) {
            if (!store.progress(s.id(), s.pseudonym(openid)).isEmpty()) {
                return Optional.of(s);
            }
        }
        Optional<SurveyCatalog.Survey> preferred = open.stream().filter(s -> s.id().equals(settings.defaultSurvey()))
                .filter(s -> !store.completed(s.id(), s.pseudonym(openid))).findFirst();
        if (preferred.isPresent()) {
            return preferred;
        }
        return open.stream().filter(s -> !store.completed(s.id(), s.pseudonym(openid))).findFirst()
                .or(() -> open.stream().findFirst());
    }

    private Optional<String> quotaFull(SurveyCatalog.Survey survey, Question question, Answer answer) {
        Quota quota = survey.definition().quota();
        if (quota == null || !question.id().equals(quota.question())) {
            return Optional.empty();
        }
        String option = question.options().get(answer.picks().get(0));
        Integer limit = quota.limits().get(option);
        return limit != null && store.quotaUsed(survey.id(), option) >= limit ? Optional.of(option) : Optional.empty();
    }

    private static int current(SurveyDefinition def, Map<String, String> progress) {
        String next = progress.get(NEXT);
        if (next == null) {
            return -1;
        }
        int index = Integer.parseInt(next);
        return index >= 0 && index < def.questions().size() ? index : -1;
    }

    private static Map<String, Answer> answers(SurveyDefinition def, Map<String, String> progress) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question q : def.questions()) {
            String raw = progress.get(q.id());
            if (raw != null) {
                answers.put(q.id(), Answer.decode(q.type(), raw));
            }
        }
        return answers;
    }

    /** The first question after {@code index} whose showIf (if any) the answers so far satisfy; -1 when done. */
    static int nextShown(SurveyDefinition def, int index, Map<String, Answer> answers) {
        for (int i = index + 1; i < def.questions().size(); i++) {
            ShowIf showIf = def.questions().get(i).showIf();
            if (showIf == null) {
                return i;
            }
            Answer earlier = answers.get(showIf.question());
            if (earlier != null && earlier.matchesAny(showIf.anyOf())) {
                return i;
            }
        }
        return -1;
    }

    private static SurveyTurn asking(SurveyCatalog.Survey survey, String text) {
        return new SurveyTurn(survey.id(), SurveyTurn.Outcome.ASKING, text);
    }

    private static SurveyTurn unavailable(String surveyId, String text) {
        return new SurveyTurn(surveyId, SurveyTurn.Outcome.UNAVAILABLE, text);
    }
}
