package org.civicchat.admin;

import org.civicchat.survey.SurveyResults;
import org.civicchat.volunteer.VolunteerFigures;
import org.civicchat.volunteer.VolunteerService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's figures, read from the daily counters and from each feature's public service. Today and
 * this week are Asia/Shanghai calendar days; the week starts on Monday.
 */
@Service
class Figures {

    static final int TREND_DAYS = 14;
    static final int READ_DAYS = 30;

    private final DailyFigureStore daily;
    private final TicketFigures tickets;
    private final SurveyFigures surveys;
    private final VolunteerService volunteers;
    private final Clock clock;

    Figures(DailyFigureStore daily, TicketFigures tickets, SurveyFigures surveys, VolunteerService volunteers,
            Clock clock) {
        this.daily = daily;
        this.tickets = tickets;
        this.surveys = surveys;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    Dashboard dashboard() {
        LocalDate today = FigureRecorder.today(clock);
        LocalDate weekStart = today.with(DayOfWeek.MONDAY);
        List<LocalDate> span = new ArrayList<>();
        for (LocalDate d = today.minusDays(READ_DAYS - 1); !d.isAfter(today); d = d.plusDays(1)) {
            span.add(d);
        }
        Map<LocalDate, Map<String, Long>> month = daily.days(span);
        Map<LocalDate, Map<String, Long>> days = new LinkedHashMap<>();
        month.forEach((day, counts) -> {
            if (day.isAfter(today.minusDays(TREND_DAYS))) {
                days.put(day, counts);
            }
        });
        Map<String, Long> todays = days.get(today);
        Map<String, Long> week = sum(days, weekStart, today);
        Optional<SurveyResults> campaign = surveys.campaignResults();
        return new Dashboard(clock.millis(), today.toString(), weekStart.toString(), messages(todays, week, days),
                new FaqPeriods(faq(todays), faq(week)), tickets.figures(today, weekStart, month),
                surveys.survey(campaign), volunteers.figures(), surveys.campaign(campaign));
    }

    private static Messages messages(Map<String, Long> today, Map<String, Long> week,
                                     Map<LocalDate, Map<String, Long>> days) {
        List<Day> trend = new ArrayList<>();
        days.forEach((day, counts) -> trend.add(new Day(day.toString(), counts.getOrDefault("msg:total", 0L),
                counts.getOrDefault("msg:complaint", 0L),
                counts.getOrDefault("msg:faq", 0L) + counts.getOrDefault("msg:other", 0L))));
        return new Messages(routes(today), routes(week), today.getOrDefault("evt:subscribe", 0L),
                week.getOrDefault("evt:subscribe", 0L), trend);
    }

    /** The total and the count per route, largest first, from the "msg:" counters. */
    private static Routes routes(Map<String, Long> counts) {
        Map<String, Long> routes = new LinkedHashMap<>();
        counts.entrySet().stream()
                .filter(e -> e.getKey().startsWith("msg:") && !e.getKey().equals("msg:total"))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> routes.put(e.getKey().substring(4), e.getValue()));
        return new Routes(counts.getOrDefault("msg:total", 0L), routes);
    }

    /** What the FAQ made of the questions: answered, clarified, quoted a document, refused, and the rate. */
    static Faq faq(Map<String, Long> counts) {
        long total = counts.getOrDefault("faq:total", 0L);
        long answer = counts.getOrDefault("faq:answer", 0L);
        long passage = counts.getOrDefault("faq:passage", 0L);
        return new Faq(total, answer, counts.getOrDefault("faq:clarify", 0L), passage,
                counts.getOrDefault("faq:refuse", 0L), total == 0 ? null : round((answer + passage) / (double) total));
    }

    static Map<String, Long> sum(Map<LocalDate, Map<String, Long>> days, LocalDate from, LocalDate to) {
        Map<String, Long> total = new LinkedHashMap<>();
        days.forEach((day, counts) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                counts.forEach((k, v) -> total.merge(k, v, Long::sum));
            }
        });
        return total;
    }

    static double round(double rate) {
        return Math.round(rate * 10000) / 10000.0;
    }

    /**
     * Everything the console's dashboard shows, in one answer.
     *
     * @param survey   the campaign survey's figures (null when none is marked)
     * @param campaign the campaign survey's 知晓率, 参与率, 满意度 beside their targets
     */
    record Dashboard(long generatedAt, String today, String weekStart, Messages messages, FaqPeriods faq,
                     TicketFigures.Tickets tickets, SurveyFigures.Survey survey, VolunteerFigures volunteer,
                     SurveyFigures.Campaign campaign) {
    }

    record Messages(Routes today, Routes week, long subscribedToday, long subscribedWeek, List<Day> days) {
    }

    /** @param routes messages per route the dialog took ("faq", "complaint" …), largest first */
    record Routes(long total, Map<String, Long> routes) {
    }

    /** @param questions FAQ questions and other messages */
    record Day(String day, long total, long complaints, long questions) {
    }

    record FaqPeriods(Faq today, Faq week) {
    }

    /** @param answerRate (answer + passage) / total, null when nobody asked */
    record Faq(long total, long answer, long clarify, long passage, long refuse, Double answerRate) {
    }
}
