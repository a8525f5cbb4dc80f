package org.civicchat.volunteer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The residents' side: the numbered list, signing up (asking a name and phone once when needed), the waiting
 * list, cancelling, "我的志愿". Numbers refer to the list the resident was last shown.
 */
@Component
class SignUps {

    private static final String LIST = "list";
    private static final String MINE = "mine";
    private static final Duration LONGEST = Duration.ofHours(24);
    private static final Duration BARE_NUMBER = Duration.ofMinutes(10);

    private final Activities activities;
    private final VolunteerStore store;
    private final VolunteerResidentStore residents;
    private final VolunteerClock clock;
    private final VolunteerSettings settings;
    private final ApplicationEventPublisher events;
    private final Communities communities;

    SignUps(Activities activities, VolunteerStore store, VolunteerResidentStore residents, VolunteerClock clock,
            VolunteerSettings settings, ApplicationEventPublisher events, Communities communities) {
        this.activities = activities;
        this.store = store;
        this.residents = residents;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
        this.communities = communities;
    }

    /** Upcoming and running activities open for sign-up; the resident's own community first. */
    VolunteerReply list(String openid) {
        Instant now = clock.now();
        List<Activity> shown = current(openid, now);
        if (shown.isEmpty()) {
            return VolunteerReply.say(VolunteerTexts.NONE_UPCOMING);
        }
        residents.showList(openid, LIST, shown.stream().map(Activity::id).toList());
        StringBuilder text = new StringBuilder("近期志愿活动：");
        for (int i = 0; i < shown.size(); i++) {
            text.append('\n').append(VolunteerTexts.listLine(i + 1, shown.get(i), now));
        }
        return VolunteerReply.say(text.append('\n').append(VolunteerTexts.HOW_TO_JOIN).toString());
    }

    /** True for ten minutes after the list of activities (not "我的志愿") was shown: a bare number picks from it. */
    boolean listShown(String openid) {
        return residents.shownWithin(openid, LIST, BARE_NUMBER);
    }

    /** "报名 n" (or "候补 n" with {@code mayWait}). */
    VolunteerReply join(String openid, int n, boolean mayWait) {
        Optional<String> id = pick(openid, n, LIST);
        if (id.isEmpty()) {
            return noSuchNumber(openid, n, LIST);
        }
        Activity a = activities.get(id.get());
        Map<String, String> profile = residents.profile(openid);
        if (a.needsPhone() && !store.isSignedUp(a.id(), openid) && store.waitingPosition(a.id(), openid) == 0
                && (profile.get("name") == null || profile.get("phone") == null) && !a.over(clock.now())
                && Activity.OPEN.equals(a.status())) {
            String data = a.id() + "|" + (mayWait ? 1 : 0) + "|" + n;
            if (profile.get("name") == null) {
                return new VolunteerReply("报名“" + a.title() + "”需要登记姓名和手机号。" + VolunteerTexts.ASK_NAME,
                        VolunteerReply.Ask.NAME, data);
            }
            return new VolunteerReply("报名“" + a.title() + "”需要登记手机号。" + VolunteerTexts.ASK_PHONE,
                    VolunteerReply.Ask.PHONE, data);
        }
        return signUp(openid, a, n, mayWait, profile);
    }

    /** Signs up for an activity by id, as if picked from a list (n only names it in the reply). */
    VolunteerReply joinById(String openid, String id, boolean mayWait) {
        Activity a = activities.get(id);
        return signUp(openid, a, 1, mayWait, residents.profile(openid));
    }

    /** The name asked for; then the phone, or the sign-up when the phone is known. */
    VolunteerReply giveName(String openid, String flowData, String name) {
        residents.saveProfile(openid, "name", name);
        if (residents.profile(openid).get("phone") == null) {
            return new VolunteerReply("谢谢，" + name + "。" + VolunteerTexts.ASK_PHONE, VolunteerReply.Ask.PHONE, flowData);
        }
        return resume(openid, flowData);
    }

    VolunteerReply givePhone(String openid, String flowData, String phone) {
        residents.saveProfile(openid, "phone", phone);
        return resume(openid, flowData);
    }

    private VolunteerReply resume(String openid, String flowData) {
        String[] parts = flowData.split("\\|");
        Optional<Activity> a = activities.find(parts[0]);
        if (a.isEmpty()) {
            return VolunteerReply.say("抱歉，这个活动已不存在。发送“志愿活动”查看其他活动。");
        }
        return signUp(openid, a.get(), Integer.parseInt(parts[2]), "1".equals(parts[1]), residents.profile(openid));
    }

    private VolunteerReply signUp(String openid, Activity a, int n, boolean mayWait, Map<String, String> profile) {
        Instant now = clock.now();
        String contact = profile.get("name") == null && profile.get("phone") == null ? ""
                : profile.getOrDefault("name", "") + "\t" + profile.getOrDefault("phone", "");
        List<String> result = store.signUp(a.id(), openid, now.toEpochMilli(), mayWait, contact);
        String outcome = result.get(0);
        switch (outcome) {
            case "signed", "waiting" -> {
                residents.joined(openid, a.id(), a.startsAt().toEpochMilli());
                if (!a.community().isEmpty()) {
                    residents.saveProfile(openid, "community", a.community());
                }
                events.publishEvent(new VolunteerEvents.VolunteerSignedUp(a.id(), openid, "waiting".equals(outcome), now));
            }
            default -> {
            }
        }
        return VolunteerReply.say(switch (outcome) {
            case "signed" -> VolunteerTexts.signedUp(a, n);
            case "waiting" -> VolunteerTexts.waiting(a, Long.parseLong(result.get(1)));
            case "full" -> VolunteerTexts.full(a, n);
            case "already" -> "您已经报名了“" + a.title() + "”，无需重复报名。时间：" + VolunteerTexts.when(a.startsAt(), a.endsAt())
                    + "，地点：" + a.place() + "。";
            case "already-waiting" -> "您已在“" + a.title() + "”的候补名单上，目前排第" + result.get(1) + "位。";
            case "closed" -> "“" + a.title() + "”已截止报名。发送“志愿活动”看看其他活动吧。";
            case "cancelled" -> "很抱歉，“" + a.title() + "”已取消。发送“志愿活动”看看其他活动吧。";
            case "over" -> "“" + a.title() + "”已经结束，不能再报名了。发送“志愿活动”看看其他活动吧。";
            default -> "抱歉，这个活动已不存在。发送“志愿活动”查看其他活动。";
        });
    }

    /** "取消报名 n": by the list last shown, else by "我的志愿". */
    VolunteerReply cancel(String openid, int n) {
        Optional<String> shown = residents.shownList(openid);
        String kind = shown.map(s -> s.substring(0, s.indexOf(':'))).orElse(MINE);
        Optional<String> id = pick(openid, n, kind);
        if (id.isEmpty()) {
            return noSuchNumber(openid, n, kind);
        }
        Activity a = activities.get(id.get());
        Instant now = clock.now();
        List<String> result = store.cancel(a.id(), openid, now.toEpochMilli());
        switch (result.get(0)) {
            case "cancelled" -> {
                residents.left(openid, a.id());
                result.subList(1, result.size()).forEach(promoted ->
                        events.publishEvent(new VolunteerEvents.VolunteerPromoted(a.id(), promoted, now)));
                return VolunteerReply.say("已取消“" + a.title() + "”的报名，名额会留给候补的居民。感谢您告知！");
            }
            case "left-waiting" -> {
                residents.left(openid, a.id());
                return VolunteerReply.say("已将您移出“" + a.title() + "”的候补名单。");
            }
            case "checked-in" -> {
                return VolunteerReply.say("您已在“" + a.title() + "”签到，不能再取消报名。");
            }
            case "started" -> {
                return VolunteerReply.say("“" + a.title() + "”已经开始，不能在线取消了。如有变化，请联系组织者"
                        + (VolunteerTexts.blank(a.contact()) ? "" : "（" + a.contact() + "）") + "。");
            }
            default -> {
                return VolunteerReply.say("您没有报名“" + a.title() + "”，无需取消。发送“我的志愿”查看已报名的活动。");
            }
        }
    }

    /** "我的志愿": what the resident joined or waits for, and the hours credited in all. */
    VolunteerReply mine(String openid) {
        Instant now = clock.now();
        List<String> ids = residents.activitiesOf(openid);
        Map<String, Long> minutes = store.minutesOf(openid, ids);
        double total = Math.round(minutes.values().stream().mapToLong(Long::longValue).sum() / 6.0) / 10.0;
        List<Activity> mine = activities.read(ids).stream().limit(settings.listSize()).toList();
        if (mine.isEmpty()) {
            return VolunteerReply.say("您还没有报名志愿活动。发送“志愿活动”查看近期活动。");
        }
        residents.showList(openid, MINE, mine.stream().map(Activity::id).toList());
        StringBuilder text = new StringBuilder("您的志愿活动：");
        for (int i = 0; i < mine.size(); i++) {
            Activity a = mine.get(i);
            text.append('\n').append(i + 1).append(". ").append(a.title()).append("\n   ")
                    .append(VolunteerTexts.when(a.startsAt(), a.endsAt())).append(" · ").append(state(openid, a, minutes, now));
        }
        text.append("\n累计服务时长：").append(VolunteerTexts.hours(total)).append("小时");
        text.append("\n回复“取消报名 序号”可取消尚未开始的活动。");
        return VolunteerReply.say(text.toString());
    }

    private String state(String openid, Activity a, Map<String, Long> minutes, Instant now) {
        if (Activity.CANCELLED.equals(a.status())) {
            return "活动已取消";
        }
        Long credited = minutes.get(a.id());
        if (credited != null) {
            return "已签到，" + VolunteerTexts.hours(Math.round(credited / 6.0) / 10.0) + "小时";
        }
        long position = store.waitingPosition(a.id(), openid);
        if (position > 0) {
            return a.over(now) ? "候补未递补" : "候补第" + position + "位";
        }
        return a.over(now) ? "已结束，未签到" : "已报名";
    }

    private List<Activity> current(String openid, Instant now) {
        List<String> ids = store.startingBetween(now.minus(LONGEST).toEpochMilli(), Long.MAX_VALUE);
        List<Activity> open = activities.read(ids).stream()
                .filter(a -> Activity.OPEN.equals(a.status()) && !a.over(now)).toList();
        String community = communityOf(openid, open);
        return open.stream()
                .sorted(Comparator.comparing((Activity a) -> community.isEmpty() || !community.equals(a.community()))
                        .thenComparing(Activity::startsAt).thenComparing(Activity::id))
                .limit(settings.listSize())
                .toList();
    }

    /**
     * The resident's community when known: the one of the last activity they joined, else one of these
     * activities' communities whose audience the office listed them in; "" when unknown.
     */
    private String communityOf(String openid, List<Activity> open) {
        String known = residents.profile(openid).getOrDefault("community", "");
        if (!known.isEmpty()) {
            return known;
        }
        return open.stream().map(Activity::community).filter(c -> !c.isEmpty()).distinct()
                .filter(c -> communities.lists(c, openid)).findFirst().orElse("");
    }

    /** The id behind number {@code n} of the shown list of this kind (or the list as it would be shown now). */
    private Optional<String> pick(String openid, int n, String kind) {
        List<String> ids = shownIds(openid, kind);
        return n >= 1 && n <= ids.size() ? Optional.of(ids.get(n - 1)) : Optional.empty();
    }

    private List<String> shownIds(String openid, String kind) {
        Optional<String> shown = residents.shownList(openid).filter(s -> s.startsWith(kind + ":"));
        if (shown.isPresent()) {
            String ids = shown.get().substring(kind.length() + 1);
            return ids.isEmpty() ? List.of() : List.of(ids.split(","));
        }
        List<String> ids = new ArrayList<>();
        if (LIST.equals(kind)) {
            current(openid, clock.now()).forEach(a -> ids.add(a.id()));
        } else {
            activities.read(residents.activitiesOf(openid)).stream().limit(settings.listSize()).forEach(a -> ids.add(a.id()));
        }
        return ids;
    }

    private VolunteerReply noSuchNumber(String openid, int n, String kind) {
        int size = shownIds(openid, kind).size();
        if (size == 0) {
            return VolunteerReply.say(LIST.equals(kind) ? VolunteerTexts.NONE_UPCOMING
                    : "您还没有报名志愿活动。发送“志愿活动”查看近期活动。");
        }
        return VolunteerReply.say("没有第" + n + "个活动，" + (size == 1 ? "列表中只有1个活动，请回复1" : "请回复1–" + size
                + "之间的序号") + "。发送“"
                + (LIST.equals(kind) ? "志愿活动" : "我的志愿") + "”可重新查看列表。");
    }
}
