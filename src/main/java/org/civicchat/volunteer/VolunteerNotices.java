package org.civicchat.volunteer;

import org.civicchat.notice.Audience;
import org.civicchat.notice.NoticeRequest;
import org.civicchat.notice.NoticeService;
import org.civicchat.notice.ResidentNotice;
import org.civicchat.notice.ResidentNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells residents what happened to their activities (promoted from the waiting list, moved, cancelled), and
 * pushes a new activity to the topic's followers when the office asked to. Each is told at most once.
 */
@Component
class VolunteerNotices {

    private static final Logger log = LoggerFactory.getLogger(VolunteerNotices.class);

    private final Activities activities;
    private final ResidentNotifier notifier;
    private final NoticeService notices;
    private final VolunteerSettings settings;

    VolunteerNotices(Activities activities, ResidentNotifier notifier, NoticeService notices, VolunteerSettings settings) {
        this.activities = activities;
        this.notifier = notifier;
        this.notices = notices;
        this.settings = settings;
    }

    @EventListener
    void on(VolunteerEvents.ActivityPublished e) {
        if (!e.push()) {
            return;
        }
        Activity a = activities.get(e.activityId());
        try {
            notices.send(new NoticeRequest(ReminderJob.field(a.title()), VolunteerTexts.published(a), null,
                    Audience.topic(settings.topic()), null, null));
        } catch (RuntimeException ex) {
            log.warn("Activity {} not pushed to the topic: {}", a.id(), ex.toString());
        }
    }

    @EventListener
    void on(VolunteerEvents.VolunteerPromoted e) {
        Activity a = activities.get(e.activityId());
        tell(a, e.openid(), "promoted", VolunteerTexts.promoted(a), "已从候补转为正式报名");
    }

    @EventListener
    void on(VolunteerEvents.ActivityRescheduled e) {
        Activity a = activities.get(e.activityId());
        e.residents().forEach(openid -> tell(a, openid, "moved" + e.version(), VolunteerTexts.rescheduled(a), "时间或地点有调整"));
    }

    @EventListener
    void on(VolunteerEvents.ActivityCancelled e) {
        Activity a = activities.get(e.activityId());
        e.residents().forEach(openid -> tell(a, openid, "cancelled", VolunteerTexts.cancelled(a), "活动已取消"));
    }

    private void tell(Activity a, String openid, String what, String text, String remark) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("activity", ReminderJob.field(a.title()));
        fields.put("time", ReminderJob.field(VolunteerTexts.when(a.startsAt(), a.endsAt())));
        fields.put("place", ReminderJob.field(a.place()));
        fields.put("remark", remark);
        try {
            notifier.tell(new ResidentNotice(openid, "volunteer:" + a.id() + ":" + what + ":" + openid, text,
                    ReminderJob.TEMPLATE, fields, null));
        } catch (RuntimeException ex) {
            log.warn("Activity {} notice '{}' not handed over: {}", a.id(), what, ex.toString());
        }
    }
}
