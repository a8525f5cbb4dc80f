package org.civicchat.survey;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A survey as written in {@code surveys/*.yaml} or posted to {@code POST /api/admin/surveys}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyDefinition(String id, String title, String intro, String outro, List<Question> questions,
                               Quota quota) {

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
