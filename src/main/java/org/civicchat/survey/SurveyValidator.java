package org.civicchat.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a definition before it is stored, collecting every problem rather than stopping at the first. */
final class SurveyValidator {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final int MAX_QUESTIONS = 30;
    private static final int MAX_OPTIONS = 12;
    private static final int MAX_REPLY_BYTES = 1900;

    private SurveyValidator() {
    }

    static void check(SurveyDefinition survey) {
        List<InvalidSurvey.Problem> problems = new ArrayList<>();
        if (blank(survey.id())) {
            problems.add(new InvalidSurvey.Problem("id", "must not be empty"));
        } else if (!ID.matcher(survey.id()).matches()) {
            problems.add(new InvalidSurvey.Problem("id", "must be letters, digits, '-' or '_' (at most 64), was '"
                    + survey.id() + "'"));
        }
        if (blank(survey.title())) {
            problems.add(new InvalidSurvey.Problem("title", "must not be empty"));
        }
        if (survey.questions().isEmpty()) {
            problems.add(new InvalidSurvey.Problem("questions", "a survey needs at least one question"));
        } else if (survey.questions().size() > MAX_QUESTIONS) {
            problems.add(new InvalidSurvey.Problem("questions", "at most " + MAX_QUESTIONS + " questions, was "
                    + survey.questions().size()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < survey.questions().size(); i++) {
            checkQuestion(survey, i, seen, problems);
        }
        checkQuota(survey, problems);
        if (problems.isEmpty()) {
            checkReplySizes(survey, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSurvey(problems);
        }
    }

    /**
     * Every reply must fit one passive reply (WeChat's 2,048 bytes; the dialog cuts longer ones and would lose
     * the survey's place): the intro or the longest feedback before a question, plus the question.
     */
    private static void checkReplySizes(SurveyDefinition survey, List<InvalidSurvey.Problem> problems) {
        int before = bytes(SurveyTexts.intro(survey));
        for (int i = 0; i < survey.questions().size(); i++) {
            int size = before + 2 + bytes(SurveyTexts.question(survey, i))
                    + bytes(SurveyTexts.NOT_UNDERSTOOD + SurveyTexts.hint(survey.questions().get(i)));
            if (size > MAX_REPLY_BYTES) {
                problems.add(new InvalidSurvey.Problem("questions[" + i + "]", "the reply with this question would be "
                        + size + " bytes, over WeChat's limit of " + MAX_REPLY_BYTES + "; shorten its text, options or the "
                        + (i == 0 ? "intro" : "tips before it")));
            }
            Question q = survey.questions().get(i);
            String worst = SurveyTexts.feedback(q, Answer.picks(List.of()));
            before = Math.max(before, bytes(worst));
        }
        int last = bytes(SurveyTexts.completed(survey)) + survey.questions().stream()
                .mapToInt(q -> bytes(SurveyTexts.feedback(q, Answer.picks(List.of())))).max().orElse(0);
        if (last > MAX_REPLY_BYTES) {
            problems.add(new InvalidSurvey.Problem("outro", "the closing reply would be " + last + " bytes, over "
                    + MAX_REPLY_BYTES));
        }
    }

    private static int bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static void checkQuestion(SurveyDefinition survey, int index, Set<String> seen,
                                      List<InvalidSurvey.Problem> problems) {
        Question q = survey.questions().get(index);
        String at = "questions[" + index + "]";
        if (q == null) {
            problems.add(new InvalidSurvey.Problem(at, "must not be null"));
            return;
        }
        if (blank(q.id())) {
            problems.add(new InvalidSurvey.Problem(at + ".id", "must not be empty"));
        } else if (!seen.add(q.id())) {
            problems.add(new InvalidSurvey.Problem(at + ".id", "duplicate question id '" + q.id() + "'"));
        }
        if (blank(q.text())) {
            problems.add(new InvalidSurvey.Problem(at + ".text", "must not be empty"));
        }
        Optional<QuestionKind> kind = QuestionKind.of(q.kind());
        if (kind.isEmpty()) {
            problems.add(new InvalidSurvey.Problem(at + ".kind", "must be single, multi, rating or text, was '"
                    + q.kind() + "'"));
            return;
        }
        switch (kind.get()) {
            case SINGLE, MULTI -> checkChoices(q, kind.get(), at, problems);
            case RATING -> {
                if (!q.options().isEmpty() && q.options().size() != 5) {
                    problems.add(new InvalidSurvey.Problem(at + ".options",
                            "a rating question has no options or exactly five labels, was " + q.options().size()));
                }
                if (!q.correct().isEmpty()) {
                    problems.add(new InvalidSurvey.Problem(at + ".correct", "a rating question has no correct answer"));
                }
            }
            case TEXT -> {
                if (!q.options().isEmpty() || !q.correct().isEmpty()) {
                    problems.add(new InvalidSurvey.Problem(at + ".options", "a text question has no options"));
                }
            }
        }
        checkShowIf(survey, index, at, problems);
    }

    private static void checkChoices(Question q, QuestionKind kind, String at, List<InvalidSurvey.Problem> problems) {
        if (q.options().size() < 2) {
            problems.add(new InvalidSurvey.Problem(at + ".options", "a " + kind.id()
                    + " question needs at least two options, was " + q.options().size()));
            return;
        }
        if (q.options().size() > MAX_OPTIONS) {
            problems.add(new InvalidSurvey.Problem(at + ".options", "at most " + MAX_OPTIONS + " options"));
        }
        if (q.options().stream().anyMatch(SurveyValidator::blank)) {
            problems.add(new InvalidSurvey.Problem(at + ".options", "options must not be empty"));
        }
        for (Integer c : q.correct()) {
            if (c == null || c < 0 || c >= q.options().size()) {
                problems.add(new InvalidSurvey.Problem(at + ".correct", "must be an option index from 0 to "
                        + (q.options().size() - 1) + ", was " + c));
            }
        }
        if (kind == QuestionKind.SINGLE && q.correct().size() > 1) {
            problems.add(new InvalidSurvey.Problem(at + ".correct", "a single question has one correct option"));
        }
        for (Integer p : q.participating()) {
            if (p == null || p < 0 || p >= q.options().size()) {
                problems.add(new InvalidSurvey.Problem(at + ".participating", "must be an option index from 0 to "
                        + (q.options().size() - 1) + ", was " + p));
            }
        }
    }

    private static void checkShowIf(SurveyDefinition survey, int index, String at,
                                    List<InvalidSurvey.Problem> problems) {
        ShowIf showIf = survey.questions().get(index).showIf();
        if (showIf == null) {
            return;
        }
        int earlier = survey.indexOf(showIf.question());
        if (earlier < 0 || earlier >= index) {
            problems.add(new InvalidSurvey.Problem(at + ".showIf.question", "must name an earlier question, was '"
                    + showIf.question() + "'"));
            return;
        }
        Question target = survey.questions().get(earlier);
        Optional<QuestionKind> kind = QuestionKind.of(target.kind());
        if (kind.isEmpty() || kind.get() == QuestionKind.TEXT) {
            problems.add(new InvalidSurvey.Problem(at + ".showIf.question", "must name a choice or rating question"));
            return;
        }
        if (showIf.anyOf().isEmpty()) {
            problems.add(new InvalidSurvey.Problem(at + ".showIf.anyOf", "must list at least one answer"));
        }
        int low = kind.get() == QuestionKind.RATING ? 1 : 0;
        int high = kind.get() == QuestionKind.RATING ? 5 : target.options().size() - 1;
        for (Integer value : showIf.anyOf()) {
            if (value == null || value < low || value > high) {
                problems.add(new InvalidSurvey.Problem(at + ".showIf.anyOf", "must be from " + low + " to " + high
                        + ", was " + value));
            }
        }
    }

    private static void checkQuota(SurveyDefinition survey, List<InvalidSurvey.Problem> problems) {
        Quota quota = survey.quota();
        if (quota == null) {
            return;
        }
        Optional<Question> question = quota.question() == null ? Optional.empty() : survey.question(quota.question());
        if (question.isEmpty() || !"single".equalsIgnoreCase(question.get().kind())) {
            problems.add(new InvalidSurvey.Problem("quota.question", "must name a single-choice question, was '"
                    + quota.question() + "'"));
            return;
        }
        quota.limits().forEach((option, limit) -> {
            if (!question.get().options().contains(option)) {
                problems.add(new InvalidSurvey.Problem("quota.limits", "'" + option + "' is not an option of "
                        + quota.question()));
            }
            if (limit == null || limit < 1) {
                problems.add(new InvalidSurvey.Problem("quota.limits", "limit for '" + option
                        + "' must be at least 1, was " + limit));
            }
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
