package org.civicchat.volunteer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * "签到 123456" on site: the code names the activity; it counts from {@code checkInBefore} before the start to
 * the end, for residents signed up. Wrong codes are counted per resident and stop further tries for a while.
 */
@Component
class CheckIns {

    private final Activities activities;
    private final VolunteerStore store;
    private final VolunteerResidentStore residents;
    private final VolunteerClock clock;
    private final VolunteerSettings settings;
    private final ApplicationEventPublisher events;

    CheckIns(Activities activities, VolunteerStore store, VolunteerResidentStore residents, VolunteerClock clock,
             VolunteerSettings settings, ApplicationEventPublisher events) {
        this.activities = activities;
        this.store = store;
        this.residents = residents;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    VolunteerReply checkIn(String openid, String code) {
        if (residents.wrongCodes(openid) >= settings.wrongCodes()) {
            return throttled(openid);
        }
        Optional<Activity> found = store.activityOfCode(code).flatMap(activities::find);
        if (found.isEmpty()) {
            return wrong(openid);
        }
        Activity a = found.get();
        Instant now = clock.now();
        if (Activity.CANCELLED.equals(a.status())) {
            return VolunteerReply.say("“" + a.title() + "”已取消，无需签到。");
        }
        if (now.isBefore(a.startsAt().minus(settings.checkInBefore()))) {
            return VolunteerReply.say("“" + a.title() + "”还没到签到时间，活动开始前" + minutes(settings.checkInBefore())
                    + "分钟起可以签到（" + VolunteerTexts.when(a.startsAt(), a.endsAt()) + "）。");
        }
        if (a.over(now)) {
            return VolunteerReply.say("“" + a.title() + "”已经结束，签到已截止。如确实参加了，请联系组织者补登"
                    + (VolunteerTexts.blank(a.contact()) ? "" : "（" + a.contact() + "）") + "。");
        }
        long minutes = Duration.between(a.startsAt(), a.endsAt()).toMinutes();
        String result = store.checkIn(a.id(), openid, now.toEpochMilli(), minutes);
        return switch (result) {
            case "ok" -> {
                events.publishEvent(new VolunteerEvents.VolunteerCheckedIn(a.id(), openid, now));
                yield VolunteerReply.say("签到成功！欢迎参加“" + a.title() + "”，本次活动计" + VolunteerTexts.hours(a.hours())
                        + "小时志愿服务时长。发送“我的志愿”可查看累计时长。");
            }
            case "already" -> VolunteerReply.say("您已经签到过“" + a.title() + "”了，无需重复签到。");
            default -> {
                long position = store.waitingPosition(a.id(), openid);
                yield VolunteerReply.say(position > 0
                        ? "您在“" + a.title() + "”的候补名单上（第" + position + "位），尚未递补，暂不能签到。请联系现场组织者。"
                        : "您没有报名“" + a.title() + "”，暂不能签到。请联系现场组织者。");
            }
        };
    }

    private VolunteerReply wrong(String openid) {
        long count = residents.wrongCode(openid, settings.wrongCodeWindow());
        if (count >= settings.wrongCodes()) {
            return throttled(openid);
        }
        return VolunteerReply.say(VolunteerTexts.WRONG_CODE);
    }

    private VolunteerReply throttled(String openid) {
        return VolunteerReply.say("签到码错误次数过多，请" + residents.wrongCodeMinutesLeft(openid)
                + "分钟后再试，或请现场组织者帮您签到。");
    }

    private static long minutes(Duration d) {
        return d.toMinutes();
    }
}
