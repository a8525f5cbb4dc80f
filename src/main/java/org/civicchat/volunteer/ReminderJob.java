package org.civicchat.volunteer;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.notice.ResidentNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reminds everyone signed up the day before ({@code dayBefore}) and shortly before ({@code shortlyBefore}).
 * Of all nodes running this job, only the one that wins the claim for (activity, reminder, start time) sends;
 * a moved activity is reminded again for its new time. A reminder whose moment passed while no node ran is
 * skipped rather than sent late (the day-before one once the short one is due).
 */
@Component
class ReminderJob {

    static final String TEMPLATE = "volunteer";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Activities activities;
    private final VolunteerStore store;
    private final VolunteerClock clock;
    private final VolunteerSettings settings;
    private final ResidentNotifier notifier;

    ReminderJob(Activities activities, VolunteerStore store, VolunteerClock clock, VolunteerSettings settings,
                ResidentNotifier notifier) {
        this.activities = activities;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.notifier = notifier;
    }

    int run() {
        return run(clock.now());
    }

    /** @return reminders handed to the outbox */
    int run(Instant now) {
        int told = 0;
        long from = now.toEpochMilli();
        for (Activity a : activities.read(store.startingBetween(from, now.plus(settings.dayBefore()).toEpochMilli()))) {
            if (Activity.CANCELLED.equals(a.status()) || !a.startsAt().isAfter(now)) {
                continue;
            }
            boolean shortly = !now.isBefore(a.startsAt().minus(settings.shortlyBefore()));
            String kind = shortly ? "short" : "day";
            if (!store.claimReminder(a.id(), kind, a.startsAt().toEpochMilli())) {
                continue;
            }
            for (String openid : store.signedUp(a.id())) {
                told += tell(a, openid, kind, !shortly) ? 1 : 0;
            }
        }
        return told;
    }

    private boolean tell(Activity a, String openid, String kind, boolean dayBefore) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("activity", field(a.title()));
        fields.put("time", field(VolunteerTexts.when(a.startsAt(), a.endsAt())));
        fields.put("place", field(a.place()));
        fields.put("remark", dayBefore ? "明天举行，请合理安排时间" : "即将开始，请准时到场");
        try {
            notifier.tell(new ResidentNotice(openid, "volunteer:" + a.id() + ":" + kind + ":"
                    + a.startsAt().toEpochMilli() + ":" + openid, VolunteerTexts.reminder(a, dayBefore), TEMPLATE,
                    fields, null));
            return true;
        } catch (RuntimeException e) {
            log.warn("Reminder of activity {} not handed over: {}", a.id(), e.toString());
            return false;
        }
    }

    /** Template fields hold at most 20 characters. */
    static String field(String value) {
        return value.length() <= 20 ? value : value.substring(0, 19) + "…";
    }
}
