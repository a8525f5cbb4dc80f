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
            problems.add(new InvalidSurvey.Problem("id", "请填写问卷编号。"));
        } else if (!ID.matcher(survey.id()).matches()) {
            problems.add(new InvalidSurvey.Problem("id", "问卷编号“" + survey.id()
                    + "”不可用：只能用英文字母、数字、短横线“-”或下划线“_”，以字母或数字开头，最多64个字符，例如 awareness-2026。"));
        }
        if (blank(survey.title())) {
            problems.add(new InvalidSurvey.Problem("title", "请填写问卷标题。"));
        }
        if (survey.questions().isEmpty()) {
            problems.add(new InvalidSurvey.Problem("questions", "问卷至少需要一道题。"));
        } else if (survey.questions().size() > MAX_QUESTIONS) {
            problems.add(new InvalidSurvey.Problem("questions", "一份问卷最多" + MAX_QUESTIONS + "道题，现在有"
                    + survey.questions().size() + "道。"));
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
                problems.add(new InvalidSurvey.Problem("questions[" + i + "]", number(i) + "连同前面的文字共" + size
                        + "字节，超过了微信一条回复的上限（" + MAX_REPLY_BYTES + "字节）：请缩短题目、选项或"
                        + (i == 0 ? "开场白" : "它前面一题的答后提示") + "。"));
            }
            Question q = survey.questions().get(i);
            String worst = SurveyTexts.feedback(q, Answer.picks(List.of()));
            before = Math.max(before, bytes(worst));
        }
        int last = bytes(SurveyTexts.completed(survey)) + survey.questions().stream()
                .mapToInt(q -> bytes(SurveyTexts.feedback(q, Answer.picks(List.of())))).max().orElse(0);
        if (last > MAX_REPLY_BYTES) {
            problems.add(new InvalidSurvey.Problem("outro", "结束时的回复共" + last + "字节，超过了微信一条回复的上限（"
                    + MAX_REPLY_BYTES + "字节）：请缩短结束语或答后提示。"));
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
            problems.add(new InvalidSurvey.Problem(at, number(index) + "是空的。"));
            return;
        }
        if (blank(q.id())) {
            problems.add(new InvalidSurvey.Problem(at + ".id", number(index) + "缺少题号（如 q1）。"));
        } else if (!seen.add(q.id())) {
            problems.add(new InvalidSurvey.Problem(at + ".id", number(index) + "的题号“" + q.id() + "”与前面的题重复。"));
        }
        if (blank(q.text())) {
            problems.add(new InvalidSurvey.Problem(at + ".text", "请填写" + number(index) + "的题目。"));
        }
        Optional<QuestionKind> kind = QuestionKind.of(q.kind());
        if (kind.isEmpty()) {
            problems.add(new InvalidSurvey.Problem(at + ".kind", number(index) + "的题型“" + q.kind()
                    + "”不认识：应为单选（single）、多选（multi）、满意度评分（rating）或填空（text）。"));
            return;
        }
        switch (kind.get()) {
            case SINGLE, MULTI -> checkChoices(q, kind.get(), index, at, problems);
            case RATING -> {
                if (!q.options().isEmpty() && q.options().size() != 5) {
                    problems.add(new InvalidSurvey.Problem(at + ".options", number(index)
                            + "是满意度评分题：五个等级的说法要么不填，要么正好填五个，现在填了" + q.options().size() + "个。"));
                }
                if (!q.correct().isEmpty()) {
                    problems.add(new InvalidSurvey.Problem(at + ".correct", number(index) + "是满意度评分题，不设正确答案。"));
                }
            }
            case TEXT -> {
                if (!q.options().isEmpty() || !q.correct().isEmpty()) {
                    problems.add(new InvalidSurvey.Problem(at + ".options", number(index) + "是填空题，不设选项和正确答案。"));
                }
            }
        }
        checkShowIf(survey, index, at, problems);
    }

    private static void checkChoices(Question q, QuestionKind kind, int index, String at,
                                     List<InvalidSurvey.Problem> problems) {
        if (q.options().size() < 2) {
            problems.add(new InvalidSurvey.Problem(at + ".options", number(index) + "是"
                    + (kind == QuestionKind.SINGLE ? "单选" : "多选") + "题，至少需要两个选项，现在有" + q.options().size() + "个。"));
            return;
        }
        if (q.options().size() > MAX_OPTIONS) {
            problems.add(new InvalidSurvey.Problem(at + ".options", number(index) + "最多" + MAX_OPTIONS + "个选项。"));
        }
        if (q.options().stream().anyMatch(SurveyValidator::blank)) {
            problems.add(new InvalidSurvey.Problem(at + ".options", number(index) + "有空白的选项，请填写或删去。"));
        }
        String range = "第1到第" + q.options().size() + "个选项";
        for (Integer c : q.correct()) {
            if (c == null || c < 0 || c >= q.options().size()) {
                problems.add(new InvalidSurvey.Problem(at + ".correct", number(index) + "的正确答案须是" + range + "之一。"));
            }
        }
        if (kind == QuestionKind.SINGLE && q.correct().size() > 1) {
            problems.add(new InvalidSurvey.Problem(at + ".correct", number(index) + "是单选题，只能有一个正确答案。"));
        }
        for (Integer p : q.participating()) {
            if (p == null || p < 0 || p >= q.options().size()) {
                problems.add(new InvalidSurvey.Problem(at + ".participating", number(index) + "中表示“参与过”的选项须是"
                        + range + "之一。"));
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
            problems.add(new InvalidSurvey.Problem(at + ".showIf.question", number(index) + "的显示条件应引用它前面的题，"
                    + "“" + showIf.question() + "”不是前面的题号。"));
            return;
        }
        Question target = survey.questions().get(earlier);
        Optional<QuestionKind> kind = QuestionKind.of(target.kind());
        if (kind.isEmpty() || kind.get() == QuestionKind.TEXT) {
            problems.add(new InvalidSurvey.Problem(at + ".showIf.question", number(index) + "的显示条件只能引用选择题或满意度评分题。"));
            return;
        }
        if (showIf.anyOf().isEmpty()) {
            problems.add(new InvalidSurvey.Problem(at + ".showIf.anyOf", number(index) + "的显示条件至少要选一个答案。"));
        }
        int low = kind.get() == QuestionKind.RATING ? 1 : 0;
        int high = kind.get() == QuestionKind.RATING ? 5 : target.options().size() - 1;
        for (Integer value : showIf.anyOf()) {
            if (value == null || value < low || value > high) {
                problems.add(new InvalidSurvey.Problem(at + ".showIf.anyOf", number(index) + "的显示条件中的答案须是"
                        + (kind.get() == QuestionKind.RATING ? "1到5分" : "第1到第" + (high + 1) + "个选项") + "之一。"));
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
            problems.add(new InvalidSurvey.Problem("quota.question", "配额须按一道单选题设置，“" + quota.question()
                    + "”不是本问卷的单选题。"));
            return;
        }
        quota.limits().forEach((option, limit) -> {
            if (!question.get().options().contains(option)) {
                problems.add(new InvalidSurvey.Problem("quota.limits", "“" + option + "”不是题目" + quota.question()
                        + "的选项。"));
            }
            if (limit == null || limit < 1) {
                problems.add(new InvalidSurvey.Problem("quota.limits", "“" + option + "”的配额至少为1份。"));
            }
        });
    }

    /** "第3题", as the console's editor numbers questions. */
    private static String number(int index) {
        return "第" + (index + 1) + "题";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
