package org.civicchat.admin;

import org.civicchat.volunteer.VolunteerService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    Map<String, Object> dashboard() {
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

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generatedAt", clock.millis());
        out.put("today", today.toString());
        out.put("weekStart", weekStart.toString());
        out.put("messages", messages(todays, week, days));
        out.put("faq", Map.of("today", faq(todays), "week", faq(week)));
        out.put("tickets", tickets.figures(today, weekStart, month));
        out.put("survey", surveys.latest());
        out.put("volunteer", volunteers.figures());
        return out;
    }

    private static Map<String, Object> messages(Map<String, Long> today, Map<String, Long> week,
                                                Map<LocalDate, Map<String, Long>> days) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", routes(today));
        m.put("week", routes(week));
        m.put("subscribedToday", today.getOrDefault("evt:subscribe", 0L));
        m.put("subscribedWeek", week.getOrDefault("evt:subscribe", 0L));
        List<Map<String, Object>> trend = new ArrayList<>();
        days.forEach((day, counts) -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("day", day.toString());
            point.put("total", counts.getOrDefault("msg:total", 0L));
            point.put("complaints", counts.getOrDefault("msg:complaint", 0L));
            point.put("questions", counts.getOrDefault("msg:faq", 0L) + counts.getOrDefault("msg:other", 0L));
            trend.add(point);
        });
        m.put("days", trend);
        return m;
    }

    /** {"total": n, "routes": {"faq": n, …}} from the "msg:" counters. */
    private static Map<String, Object> routes(Map<String, Long> counts) {
        Map<String, Long> routes = new LinkedHashMap<>();
        counts.entrySet().stream()
                .filter(e -> e.getKey().startsWith("msg:") && !e.getKey().equals("msg:total"))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> routes.put(e.getKey().substring(4), e.getValue()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", counts.getOrDefault("msg:total", 0L));
        m.put("routes", routes);
        return m;
    }

    /** What the FAQ made of the questions: answered, clarified, quoted a document, refused, and the rate. */
    static Map<String, Object> faq(Map<String, Long> counts) {
        long total = counts.getOrDefault("faq:total", 0L);
        long answer = counts.getOrDefault("faq:answer", 0L);
        long passage = counts.getOrDefault("faq:passage", 0L);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("answer", answer);
        m.put("clarify", counts.getOrDefault("faq:clarify", 0L));
        m.put("passage", passage);
        m.put("refuse", counts.getOrDefault("faq:refuse", 0L));
        m.put("answerRate", total == 0 ? null : round((answer + passage) / (double) total));
        return m;
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
}
