package org.civicchat.volunteer;

import org.civicchat.notice.ResidentNotice;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The feature's classes wired by hand on a real Redis, with a clock the test moves and recorded notices. */
final class VolunteerKit {

    final MovableClock clock;
    final List<Object> events = new CopyOnWriteArrayList<>();
    final List<ResidentNotice> notices = new CopyOnWriteArrayList<>();
    /** "community|openid" pairs the office listed in a community audience. */
    final java.util.Set<String> listed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final VolunteerStore store;
    final Activities activities;
    final SignUps signUps;
    final CheckIns checkIns;
    final ReminderJob reminders;
    final Rosters rosters;

    VolunteerKit(UnifiedJedis redis, Instant now) {
        clock = new MovableClock(now);
        VolunteerClock time = new VolunteerClock(clock);
        VolunteerSettings settings = VolunteerSettings.defaults();
        store = new VolunteerStore(redis);
        VolunteerResidentStore residents = new VolunteerResidentStore(redis);
        activities = new Activities(store, residents, time, events::add);
        signUps = new SignUps(activities, store, residents, time, settings, events::add, (community, openid) -> listed.contains(community + "|" + openid));
        checkIns = new CheckIns(activities, store, residents, time, settings, events::add);
        reminders = new ReminderJob(activities, store, time, settings, notices::add);
        rosters = new Rosters(activities, store);
    }

    /** An activity starting {@code in} from now, lasting {@code length}. */
    Activity publish(String title, int quota, Duration in, Duration length, boolean needsPhone) {
        return publish(title, "幸福社区", quota, in, length, needsPhone);
    }

    Activity publish(String title, String community, int quota, Duration in, Duration length, boolean needsPhone) {
        Instant start = clock.instant().plus(in);
        return activities.create(new ActivityDraft(title, "打扫楼道和绿地", "幸福社区党群服务中心", community, start,
                start.plus(length), quota, needsPhone, "社区团委", "王老师 0571-88886666", null), false);
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return VolunteerClock.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
