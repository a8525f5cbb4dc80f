package org.civicchat.volunteer;

import org.springframework.stereotype.Service;

import java.io.Writer;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Volunteer activities: the office publishes, edits, closes and cancels them and reads rosters, hours and
 * figures; residents list, sign up, wait, cancel, check in and read their hours in the chat.
 */
@Service
public class VolunteerService {

    private final Activities activities;
    private final Rosters rosters;
    private final SignUps signUps;
    private final CheckIns checkIns;
    private final VolunteerStore store;
    private final VolunteerClock clock;

    VolunteerService(Activities activities, Rosters rosters, SignUps signUps, CheckIns checkIns, VolunteerStore store,
                     VolunteerClock clock) {
        this.activities = activities;
        this.rosters = rosters;
        this.signUps = signUps;
        this.checkIns = checkIns;
        this.store = store;
        this.clock = clock;
    }

    /** @param push also tell the followers of the 志愿活动 topic @throws InvalidActivity */
    public Activity publish(ActivityDraft draft, boolean push) {
        return activities.create(draft, push);
    }

    /** Time or place changes are told to everyone signed up or waiting. @throws InvalidActivity, UnknownActivity */
    public Activity edit(String id, ActivityDraft draft) {
        return activities.update(id, draft);
    }

    public Activity close(String id) {
        return activities.close(id);
    }

    /** Everyone signed up or waiting is told. */
    public Activity cancel(String id) {
        return activities.cancel(id);
    }

    /** @throws UnknownActivity */
    public Activity get(String id) {
        return activities.get(id);
    }

    /** Activities not over yet, earliest first. */
    public List<Activity> upcoming() {
        Instant now = clock.now();
        return activities.all().stream().filter(a -> !a.over(now)).toList();
    }

    /** Activities that are over, latest first. */
    public List<Activity> past() {
        Instant now = clock.now();
        List<Activity> past = new ArrayList<>(activities.all().stream().filter(a -> a.over(now)).toList());
        java.util.Collections.reverse(past);
        return past;
    }

    public Roster roster(String id, boolean fullPhones) {
        return rosters.roster(id, fullPhones);
    }

    /** @throws InvalidActivity when {@code no} is not signed up or the hours are out of range */
    public RosterEntry adjustHours(String id, int no, double hours) {
        return rosters.adjustHours(id, no, hours);
    }

    public void exportCsv(String id, boolean fullPhones, Writer out) {
        rosters.csv(id, fullPhones, out);
    }

    public VolunteerFigures figures() {
        YearMonth since = YearMonth.from(clock.now().atZone(VolunteerClock.ZONE)).minusMonths(11);
        List<Activity> counted = activities.all().stream()
                .filter(a -> !Activity.CANCELLED.equals(a.status()))
                .filter(a -> !YearMonth.from(a.startsAt().atZone(VolunteerClock.ZONE)).isBefore(since))
                .toList();
        List<long[]> totals = store.totals(counted.stream().map(Activity::id).toList());
        return new VolunteerFigures(rows(counted, totals, a -> "").get(0),
                rows(counted, totals, Activity::community),
                rows(counted, totals, a -> YearMonth.from(a.startsAt().atZone(VolunteerClock.ZONE)).toString()));
    }

    private static List<VolunteerFigures.Row> rows(List<Activity> counted, List<long[]> totals,
                                                   Function<Activity, String> keyOf) {
        Map<String, long[]> sums = new TreeMap<>();
        for (int i = 0; i < counted.size(); i++) {
            long[] sum = sums.computeIfAbsent(keyOf.apply(counted.get(i)), k -> new long[4]);
            sum[0]++;
            for (int j = 0; j < 3; j++) {
                sum[j + 1] += totals.get(i)[j];
            }
        }
        if (sums.isEmpty()) {
            sums.put("", new long[4]);
        }
        List<VolunteerFigures.Row> rows = new ArrayList<>();
        sums.forEach((key, s) -> rows.add(new VolunteerFigures.Row(key, s[0], s[1], s[2],
                s[1] == 0 ? null : Math.round(s[2] * 10000.0 / s[1]) / 10000.0, Math.round(s[3] / 6.0) / 10.0)));
        return rows;
    }

    // ---- the chat ----

    /** "志愿活动": the numbered list of upcoming and running activities. */
    public VolunteerReply list(String openid) {
        return signUps.list(openid);
    }

    /** Whether a bare number from this resident would pick from a list of activities just shown. */
    public boolean listShown(String openid) {
        return signUps.listShown(openid);
    }

    /** "报名 n", or "候补 n" with {@code mayWait}. */
    public VolunteerReply signUp(String openid, int n, boolean mayWait) {
        return signUps.join(openid, n, mayWait);
    }

    /** Signs up for the activity with this id (no numbered list involved): for tools and tests. */
    public VolunteerReply signUpFor(String openid, String activityId, boolean mayWait) {
        return signUps.joinById(openid, activityId, mayWait);
    }

    /** The name the resident was asked for, with the flow data of the question. */
    public VolunteerReply giveName(String openid, String flowData, String name) {
        return signUps.giveName(openid, flowData, name);
    }

    public VolunteerReply givePhone(String openid, String flowData, String phone) {
        return signUps.givePhone(openid, flowData, phone);
    }

    /** "取消报名 n". */
    public VolunteerReply cancelSignUp(String openid, int n) {
        return signUps.cancel(openid, n);
    }

    /** "我的志愿". */
    public VolunteerReply mine(String openid) {
        return signUps.mine(openid);
    }

    /** "签到 123456". */
    public VolunteerReply checkIn(String openid, String code) {
        return checkIns.checkIn(openid, code);
    }
}
