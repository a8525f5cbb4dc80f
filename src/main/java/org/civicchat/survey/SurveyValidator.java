package org.civicchat.survey;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a definition before it is stored, collecting every problem rather than stopping at the first. What a
 * single field must be (an id, a title, at most 30 questions, each with an id, a kind and a text) is written as
 * Bean Validation constraints on {@link SurveyDefinition} and {@link Question}; what depends on several fields
 * (options per kind, correct answers within the options, showIf on an earlier question, quotas, the size of
 * each WeChat reply) is checked here. A YAML survey and a posted one go through the same check.
 */
final class SurveyValidator {

    private static final int MAX_REPLY_BYTES = 1900;

    private SurveyValidator() {
    }

    static void check(Validator constraints, SurveyDefinition survey) {
        List<InvalidSurvey.Problem> problems = new ArrayList<>();
        constraints.validate(survey).stream()
                .sorted(Comparator.comparing((ConstraintViolation<SurveyDefinition> v) -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(InvalidSurvey.Problem.chinese(v.getPropertyPath().toString(), v.getMessage())));
        if (survey.questions().isEmpty()) {
            problems.add(new InvalidSurvey.Problem("questions", "a survey needs at least one question",
                    "问卷至少要有一道题"));
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
                        + (i == 0 ? "intro" : "tips before it"),
                        "第 " + (i + 1) + " 题连同" + (i == 0 ? "开场白" : "前面的提示") + "超出了微信一条回复的长度，请缩短题目、选项或"
                                + (i == 0 ? "开场白" : "前面的提示")));
            }
            Question q = survey.questions().get(i);
            String worst = SurveyTexts.feedback(q, Answer.picks(List.of()));
            before = Math.max(before, bytes(worst));
        }
        int last = bytes(SurveyTexts.completed(survey)) + survey.questions().stream()
                .mapToInt(q -> bytes(SurveyTexts.feedback(q, Answer.picks(List.of())))).max().orElse(0);
        if (last > MAX_REPLY_BYTES) {
            problems.add(new InvalidSurvey.Problem("outro", "the closing reply would be " + last + " bytes, over "
                    + MAX_REPLY_BYTES, "结束语超出了微信一条回复的长度，请缩短结束语或各题的提示"));
        }
    }

    private static int bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static void checkQuestion(SurveyDefinition survey, int index, Set<String> seen,
                                      List<InvalidSurvey.Problem> problems) {
        Question q = survey.questions().get(index);
        String at = "questions[" + index + "]";
        String which = "第 " + (index + 1) + " 题";
        if (q == null) {
            problems.add(new InvalidSurvey.Problem(at, "must not be null", which + "是空的"));
            return;
        }
        if (q.id() != null && !q.id().isBlank() && !seen.add(q.id())) {
            problems.add(new InvalidSurvey.Problem(at + ".id", "duplicate question id '" + q.id() + "'",
                    which + "的编号“" + q.id() + "”与前面的题重复"));
        }
        Optional<QuestionKind> kind = QuestionKind.of(q.kind());
        if (kind.isEmpty()) {
            return;
        }
        switch (kind.get()) {
            case SINGLE, MULTI -> checkChoices(q, kind.get(), at, which, problems);
            case RATING -> {
                if (!q.options().isEmpty() && q.options().size() != 5) {
                    problems.add(new InvalidSurvey.Problem(at + ".options",
                            "a rating question has no options or exactly five labels, was " + q.options().size(),
                            which + "是评分题：不填选项，或正好填五个等级名称"));
                }
                if (!q.correct().isEmpty()) {
                    problems.add(new InvalidSurvey.Problem(at + ".correct", "a rating question has no correct answer",
                            which + "是评分题，没有正确答案"));
                }
            }
            case TEXT -> {
                if (!q.options().isEmpty() || !q.correct().isEmpty()) {
                    problems.add(new InvalidSurvey.Problem(at + ".options", "a text question has no options",
                            which + "是填空题，没有选项"));
                }
            }
        }
        checkShowIf(survey, index, at, which, problems);
    }

    private static void checkChoices(Question q, QuestionKind kind, String at, String which,
                                     List<InvalidSurvey.Problem> problems) {
        if (q.options().size() < 2) {
            problems.add(new InvalidSurvey.Problem(at + ".options", "a " + kind.id()
                    + " question needs at least two options, was " + q.options().size(), which + "至少要有两个选项"));
            return;
        }
        if (q.options().stream().anyMatch(SurveyValidator::blank)) {
            problems.add(new InvalidSurvey.Problem(at + ".options", "options must not be empty",
                    which + "有空白的选项"));
        }
        int last = q.options().size() - 1;
        for (Integer c : q.correct()) {
            if (c == null || c < 0 || c > last) {
                problems.add(new InvalidSurvey.Problem(at + ".correct", "must be an option index from 0 to "
                        + last + ", was " + c, which + "的正确答案须是选项序号 0 到 " + last));
            }
        }
        if (kind == QuestionKind.SINGLE && q.correct().size() > 1) {
            problems.add(new InvalidSurvey.Problem(at + ".correct", "a single question has one correct option",
                    which + "是单选题，只能有一个正确答案"));
        }
        for (Integer p : q.participating()) {
            if (p == null || p < 0 || p > last) {
                problems.add(new InvalidSurvey.Problem(at + ".participating", "must be an option index from 0 to "
                        + last + ", was " + p, which + "的“参与”选项须是选项序号 0 到 " + last));
            }
        }
    }

    private static void checkShowIf(SurveyDefinition survey, int index, String at, String which,
                                    List<InvalidSurvey.Problem> problems) {
        ShowIf showIf = survey.questions().get(index).showIf();
        if (showIf == null) {
            return;
        }
        int earlier = survey.indexOf(showIf.question());
        if (earlier < 0 || earlier >= index) {
            problems.add(new InvalidSurvey.Problem(at + ".showIf.question", "must name an earlier question, was '"
                    + showIf.question() + "'", which + "的显示条件须引用它前面的一道题"));
            return;
        }
        Question target = survey.questions().get(earlier);
        Optional<QuestionKind> kind = QuestionKind.of(target.kind());
        if (kind.isEmpty() || kind.get() == QuestionKind.TEXT) {
            problems.add(new InvalidSurvey.Problem(at + ".showIf.question", "must name a choice or rating question",
                    which + "的显示条件须引用选择题或评分题"));
            return;
        }
        if (showIf.anyOf().isEmpty()) {
            problems.add(new InvalidSurvey.Problem(at + ".showIf.anyOf", "must list at least one answer",
                    which + "的显示条件至少要列出一个答案"));
        }
        int low = kind.get() == QuestionKind.RATING ? 1 : 0;
        int high = kind.get() == QuestionKind.RATING ? 5 : target.options().size() - 1;
        for (Integer value : showIf.anyOf()) {
            if (value == null || value < low || value > high) {
                problems.add(new InvalidSurvey.Problem(at + ".showIf.anyOf", "must be from " + low + " to " + high
                        + ", was " + value, which + "的显示条件中的答案须在 " + low + " 到 " + high + " 之间"));
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
                    + quota.question() + "'", "配额须按一道单选题分配"));
            return;
        }
        quota.limits().forEach((option, limit) -> {
            if (!question.get().options().contains(option)) {
                problems.add(new InvalidSurvey.Problem("quota.limits", "'" + option + "' is not an option of "
                        + quota.question(), "配额中的“" + option + "”不是该题的选项"));
            }
            if (limit == null || limit < 1) {
                problems.add(new InvalidSurvey.Problem("quota.limits", "limit for '" + option
                        + "' must be at least 1, was " + limit, "“" + option + "”的配额至少为 1"));
            }
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
