package org.civicchat.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One question of a survey, as written in YAML or posted to the admin API.
 *
 * @param kind          single | multi | rating | text
 * @param options       the choices of single and multi questions; optional labels 1–5 of a rating question
 * @param correct       the right option(s) of an awareness question (0-based); a single number is accepted
 * @param tip           shown after the answer, e.g. the right answer explained
 * @param showIf        asked only when an earlier answer matches
 * @param participating options (0-based) that mean the resident took part: makes this the participation question
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Question(@NotBlank(message = "请填写题目编号") String id,
                       @NotBlank(message = "请选择题型")
                       @Pattern(regexp = "(?i)\\s*(single|multi|rating|text)\\s*|\\s*", message = "题型须为单选（single）、多选（multi）、评分（rating）或填空（text）")
                       String kind,
                       @NotBlank(message = "请填写题目内容") String text,
                       @Size(max = Question.MAX_OPTIONS, message = "每道题最多 {max} 个选项") List<String> options,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Integer> correct,
                       String tip, ShowIf showIf,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Integer> participating) {

    static final int MAX_OPTIONS = 12;
    static final List<String> RATING_LABELS = List.of("非常不满意", "不满意", "一般", "满意", "非常满意");

    public Question {
        options = options == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(options));
        correct = correct == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(correct));
        participating = participating == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(participating));
    }

    /** The kind; only meaningful on a validated question. */
    @JsonIgnore
    public QuestionKind type() {
        return QuestionKind.of(kind).orElseThrow(() -> new IllegalStateException("question " + id + " has kind " + kind));
    }

    @JsonIgnore
    public boolean awareness() {
        return !correct.isEmpty();
    }

    /** What the resident picks from: the options, or the five rating labels. */
    @JsonIgnore
    public List<String> choices() {
        if (type() == QuestionKind.RATING) {
            return options.size() == 5 ? options : RATING_LABELS;
        }
        return options;
    }
}
