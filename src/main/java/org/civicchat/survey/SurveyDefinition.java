package org.civicchat.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A survey as written in {@code surveys/*.yaml} or posted to {@code POST /api/admin/surveys}. The constraints on
 * single fields are Bean Validation's; what depends on several fields is {@link SurveyValidator}'s.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyDefinition(
        @NotBlank(message = "请填写问卷编号")
        @Pattern(regexp = "|[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "问卷编号只能用字母、数字、“-”和“_”，以字母或数字开头，最多 64 个字符")
        String id,
        @NotBlank(message = "请填写问卷标题") String title,
        String intro, String outro,
        @Size(max = SurveyDefinition.MAX_QUESTIONS, message = "一份问卷最多 {max} 道题") List<@Valid Question> questions,
        Quota quota) {

    static final int MAX_QUESTIONS = 30;

    public SurveyDefinition {
        questions = questions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(questions));
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    int indexOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        return -1;
    }
}
