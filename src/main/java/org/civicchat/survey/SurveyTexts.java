package org.civicchat.survey;

import java.util.List;
import java.util.stream.Collectors;

/** What residents read from a survey: phone-sized, polite Simplified Chinese, well under 2,000 bytes a reply. */
final class SurveyTexts {

    static final String PAUSED = "好的，问卷已暂停，您已作答的内容会为您保留。想继续时，回复“问卷”即可。";
    static final String PAUSED_LATER = "好的，不着急，已答的内容会为您保留。有空时回复“继续”接着答。";
    static final String NONE_OPEN = "目前没有正在进行的问卷，感谢您的关注！";
    static final String NOT_FOUND = "没有找到这份问卷，它可能已经下线。回复“问卷”可参与正在进行的问卷。";
    static final String EMPTY = "没有收到您的回答。";
    static final String NOT_UNDERSTOOD = "抱歉，没能识别您的回答。";
    static final String THANKS = "问卷已完成，感谢您的参与！您的意见是我们创建全国文明典范城市的重要参考。";

    private SurveyTexts() {
    }

    static String intro(SurveyDefinition survey) {
        String intro = survey.intro() == null || survey.intro().isBlank() ? "" : survey.intro().strip() + "\n";
        return "【" + survey.title() + "】\n" + intro + "共" + survey.questions().size() + "题，回复“退出”可随时暂停。";
    }

    static String resume(int index) {
        return "欢迎回来，我们从第" + (index + 1) + "题继续。";
    }

    static String alreadyCompleted(SurveyDefinition survey) {
        return "您已经完成过《" + survey.title() + "》，每位居民填写一次即可，感谢您的支持！";
    }

    static String closed(SurveyDefinition survey) {
        return "《" + survey.title() + "》已经结束，感谢您的关注！";
    }

    static String quotaFull(String option) {
        return "感谢您的参与！" + option + "的调查名额已满，本次无需继续作答。";
    }

    static String completed(SurveyDefinition survey) {
        return survey.outro() == null || survey.outro().isBlank() ? THANKS : survey.outro().strip();
    }

    static String question(SurveyDefinition survey, int index) {
        Question q = survey.questions().get(index);
        StringBuilder text = new StringBuilder("（").append(index + 1).append('/').append(survey.questions().size())
                .append("）").append(q.text().strip());
        if (q.type() == QuestionKind.MULTI) {
            text.append("（可多选）");
        }
        List<String> choices = q.type() == QuestionKind.TEXT ? List.of() : q.choices();
        for (int i = 0; i < choices.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(choices.get(i));
        }
        return text.append('\n').append(hint(q)).toString();
    }

    static String hint(Question q) {
        int n = q.choices().size();
        return switch (q.type()) {
            case SINGLE -> "请回复序号（1–" + n + "）。";
            case MULTI -> "请回复序号，多个用顿号隔开，如：1、3。";
            case RATING -> "请回复 1–5 的数字，5 表示非常满意。";
            case TEXT -> "请直接回复文字，不想填写可回复“跳过”。";
        };
    }

    /** Shown after an answer: right or wrong for an awareness question, then the question's tip. */
    static String feedback(Question q, Answer answer) {
        StringBuilder text = new StringBuilder();
        if (q.awareness()) {
            if (correct(q, answer)) {
                text.append("回答正确！");
            } else {
                text.append("正确答案是：").append(q.correct().stream().map(i -> (i + 1) + ". " + q.options().get(i))
                        .collect(Collectors.joining("；"))).append("。");
            }
        }
        if (q.tip() != null && !q.tip().isBlank()) {
            text.append(q.tip().strip());
        }
        return text.toString();
    }

    static boolean correct(Question q, Answer answer) {
        return q.awareness() && answer.picks().stream().sorted().toList()
                .equals(q.correct().stream().sorted().toList());
    }
}
