package org.civicchat.admin;

import org.civicchat.shared.ResidentEvents;
import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    static TestRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = new TestRedis();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void answerRateCountsDirectAnswersAndQuotedPassagesOverAllQuestions() {
        Figures.Faq faq = Figures.faq(Map.of(
                "faq:total", 8L, "faq:answer", 3L, "faq:passage", 1L, "faq:clarify", 2L, "faq:refuse", 2L));
        assertThat(faq).isEqualTo(new Figures.Faq(8, 3, 2, 1, 2, 0.5));
    }

    @Test
    void answerRateIsRoundedToFourDecimals() {
        assertThat(Figures.faq(Map.of("faq:total", 3L, "faq:answer", 2L)).answerRate()).isEqualTo(0.6667);
    }

    @Test
    void noQuestionsGiveNoRateRatherThanZero() {
        assertThat(Figures.faq(Map.of())).isEqualTo(new Figures.Faq(0, 0, 0, 0, 0, null));
    }

    @Test
    void outcomesCountedOnADayGiveThatDaysAnswerRate() {
        redis.client().flushAll();
        DailyFigureStore store = new DailyFigureStore(redis.client());
        FigureRecorder recorder = new FigureRecorder(store, null);
        long noon = ZonedDateTime.of(2026, 11, 3, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
        for (String outcome : List.of("answer", "answer", "passage", "clarify", "refuse", "refuse")) {
            recorder.on(new ResidentEvents.QuestionDecided(outcome, noon));
        }
        // just before midnight in Beijing is still the same day; the next minute is the next one
        long lateEvening = noon + (11 * 60 + 59) * 60_000L;
        recorder.on(new ResidentEvents.QuestionDecided("answer", lateEvening));
        recorder.on(new ResidentEvents.QuestionDecided("refuse", lateEvening + 60_000L));

        LocalDate day = LocalDate.of(2026, 11, 3);
        Map<LocalDate, Map<String, Long>> days = store.days(List.of(day, day.plusDays(1)));
        assertThat(Figures.faq(days.get(day))).isEqualTo(new Figures.Faq(7, 3, 1, 1, 2, 0.5714));
        assertThat(Figures.faq(days.get(day.plusDays(1)))).isEqualTo(new Figures.Faq(1, 0, 0, 0, 1, 0.0));
    }

    @Test
    void satisfactionCountsSatisfiedAndBasicOverAllRatings() {
        TicketFigures.Satisfaction s = TicketFigures.satisfaction(Map.of(
                "区城市管理局", Map.of("1", "5", "2", "2", "3", "1"), "区环境卫生管理所", Map.of("1", "1", "3", "3")));
        assertThat(s).isEqualTo(new TicketFigures.Satisfaction(12, 6, 2, 4, 0.6667));
    }

    @Test
    void campaignMeasureIsReachedAtItsTargetAndNotApplicableWithoutSuchQuestions() {
        assertThat(SurveyFigures.measure("awareness", "知晓率", true, 9, 10, 0.90))
                .isEqualTo(new SurveyFigures.Measure("awareness", "知晓率", true, 0.9, 9, 10, 0.90, true));
        assertThat(SurveyFigures.measure("awareness", "知晓率", true, 89, 100, 0.90).reached()).isFalse();
        assertThat(SurveyFigures.measure("participation", "参与率", true, 0, 0, 0.80))
                .isEqualTo(new SurveyFigures.Measure("participation", "参与率", true, null, 0, 0, 0.80, null));
        assertThat(SurveyFigures.measure("satisfaction", "满意度", false, 3, 4, 0.90))
                .isEqualTo(new SurveyFigures.Measure("satisfaction", "满意度", false, null, 0, 0, 0.90, null));
    }
}
