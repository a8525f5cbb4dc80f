package org.civicchat.faq;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** When the FAQ offers numbered choices, over the district's real FAQ content. */
class FaqChoicesTest {

    private static FaqService faq;

    @BeforeAll
    static void load() {
        faq = new FaqService(FaqSettings.defaults(), null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"志愿者", "测评"})
    void aBareTopicSeveralEntriesCoverIsOfferedAsAChoice(String topic) {
        FaqDecision decision = faq.assess(topic);

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.CLARIFY);
        assertThat(decision.candidates()).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"志愿者注册, volunteer-register", "志愿时长, volunteer-hours"})
    void aBareTopicTheMeaningTiesToOneEntryIsAnswered(String topic, String id) {
        FaqDecision decision = faq.assess(topic);

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(decision.entry().id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"阳台上能晾衣服不", "窗台上能种菜不"})
    void aQuestionNoEntryAnswersIsNotOfferedTwoUnrelatedEntries(String question) {
        FaqDecision decision = faq.assess(question);

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.REFUSE);
        assertThat(faq.render(decision)).startsWith("抱歉，暂时没有找到这个问题的答案");
    }

    @ParameterizedTest(name = "best {0}, next {1}, similarity {2}, bare {3} -> answered {4}")
    @CsvSource({
            "0.70, 0.60, 0.50, false, true",   // above the answer threshold, whatever the rest
            "0.50, 0.20, 0.70, false, true",   // far ahead and close in meaning
            "0.50, 0.30, 0.70, false, false",  // the next entry is more than half as sure
            "0.50, 0.20, 0.60, false, false",  // further in meaning: a near miss
            "0.40, 0.05, 0.80, false, false",  // not sure enough
            "0.50, 0.20, 0.70, true,  false",  // a bare topic is a choice
    })
    void belowTheAnswerThresholdOnlyALeaderCloseInMeaningIsAnswered(double best, double second, double similarity,
            boolean bare, boolean answered) {
        assertThat(FaqService.answersDirectly(0.6, bare, best, second, similarity)).isEqualTo(answered);
    }

    @Test
    void aNearMissFarAheadButFurtherInMeaningIsOfferedNotAnswered() {
        FaqDecision decision = faq.assess("医保异地就医咋备案");

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.CLARIFY);
    }
}
