package org.civicchat.admin;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void answerRateCountsDirectAnswersAndQuotedPassagesOverAllQuestions() {
        Map<String, Object> faq = Figures.faq(Map.of(
                "faq:total", 8L, "faq:answer", 3L, "faq:passage", 1L, "faq:clarify", 2L, "faq:refuse", 2L));
        assertThat(faq).containsEntry("answerRate", 0.5).containsEntry("refuse", 2L).containsEntry("clarify", 2L);
    }

    @Test
    void answerRateIsRoundedToFourDecimals() {
        Map<String, Object> faq = Figures.faq(Map.of("faq:total", 3L, "faq:answer", 2L));
        assertThat(faq).containsEntry("answerRate", 0.6667);
    }

    @Test
    void noQuestionsGiveNoRateRatherThanZero() {
        assertThat(Figures.faq(Map.of())).containsEntry("answerRate", null).containsEntry("total", 0L);
    }
}
