package org.civicchat.faq;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    @ValueSource(strings = {"阳台上能晾衣服不", "窗台上能种菜不"})
    void aQuestionNoEntryAnswersIsNotOfferedTwoUnrelatedEntries(String question) {
        FaqDecision decision = faq.assess(question);

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.REFUSE);
        assertThat(faq.render(decision)).startsWith("抱歉，暂时没有找到这个问题的答案");
    }

    @Test
    void anEntryFarAheadAndCloseInMeaningIsAnsweredBelowTheAnswerThreshold() {
        FaqDecision decision = faq.assess("搞这个典范城市对咱普通人有啥用处");

        assertThat(decision.confidence()).isLessThan(FaqSettings.defaults().answerThreshold());
        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(decision.entry().id()).isEqualTo("model-city-benefits");
    }

    @Test
    void aNearMissFarAheadButFurtherInMeaningIsOfferedNotAnswered() {
        FaqDecision decision = faq.assess("医保异地就医咋备案");

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.CLARIFY);
    }
}
