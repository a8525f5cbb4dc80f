package org.civicchat.volunteer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The office's side of activities: publish, edit, close, cancel; reading them back as {@link Activity}. */
@Component
class Activities {

    private static final Duration MAX_LENGTH = Duration.ofHours(24);
    private static final Duration CODE_KEPT = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VolunteerStore store;
    private final VolunteerResidentStore residents;
    private final VolunteerClock clock;
    private final ApplicationEventPublisher events;

    Activities(VolunteerStore store, VolunteerResidentStore residents, VolunteerClock clock,
               ApplicationEventPublisher events) {
        this.store = store;
        this.residents = residents;
        this.clock = clock;
        this.events = events;
    }

    Activity create(ActivityDraft draft, boolean push) {
        Instant now = clock.now();
        validate(draft, now);
        String id = store.nextId();
        String code = reserveCode(id, draft.endsAt());
        Map<String, String> fields = fields(draft);
        fields.put("quota", Integer.toString(draft.quota()));
        fields.put("status", Activity.OPEN);
        fields.put("code", code);
        fields.put("created", Long.toString(now.toEpochMilli()));
        fields.put("version", "0");
        store.create(id, fields, draft.startsAt().toEpochMilli());
        events.publishEvent(new VolunteerEvents.ActivityPublished(id, push, now));
        return get(id);
    }

    /** Replaces the activity's details; residents are told when the time or place changed. */
    Activity update(String id, ActivityDraft draft) {
        Activity old = get(id);
        if (Activity.CANCELLED.equals(old.status())) {
            throw new InvalidActivity("status", "活动已取消，不能再修改");
        }
        Instant now = clock.now();
        validate(draft, now);
        long quotaSet = store.setQuota(id, draft.quota());
        if (quotaSet < 0) {
            throw new InvalidActivity("quota", "名额不能少于已报名的人数（" + -quotaSet + "人）");
        }
        long version = store.update(id, fields(draft), draft.startsAt().toEpochMilli());
        store.extendCode(old.checkInCode(), draft.endsAt().plus(CODE_KEPT).toEpochMilli());
        List<String> people = new ArrayList<>(store.signedUp(id));
        people.addAll(store.waiting(id));
        people.forEach(openid -> residents.joined(openid, id, draft.startsAt().toEpochMilli()));
        boolean moved = !old.startsAt().equals(draft.startsAt()) || !old.endsAt().equals(draft.endsAt())
                || !Objects.equals(old.place(), draft.place().strip());
        if (moved) {
            events.publishEvent(new VolunteerEvents.ActivityRescheduled(id, people, version, now));
        }
        if (Activity.OPEN.equals(old.status())) {
            store.promote(id).forEach(openid -> events.publishEvent(new VolunteerEvents.VolunteerPromoted(id, openid, now)));
        }
        return get(id);
    }

    /** No more sign-ups; those signed up keep their places. */
    Activity close(String id) {
        Activity a = get(id);
        if (Activity.CANCELLED.equals(a.status())) {
            throw new InvalidActivity("status", "活动已取消");
        }
        store.setStatus(id, Activity.CLOSED);
        return get(id);
    }

    /** Everyone signed up or waiting is told; cancelling twice tells nobody again. */
    Activity cancel(String id) {
        Activity a = get(id);
        if (!Activity.CANCELLED.equals(a.status())) {
            store.setStatus(id, Activity.CANCELLED);
            List<String> people = new ArrayList<>(store.signedUp(id));
            people.addAll(store.waiting(id));
            events.publishEvent(new VolunteerEvents.ActivityCancelled(id, people, clock.now()));
        }
        return get(id);
    }

    /** @throws UnknownActivity */
    Activity get(String id) {
        return find(id).orElseThrow(() -> new UnknownActivity(id));
    }

    Optional<Activity> find(String id) {
        if (id == null || !id.matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        return store.find(id).map(Activities::activity);
    }

    List<Activity> read(List<String> ids) {
        return store.read(ids).stream().map(Activities::activity).toList();
    }

    /** Every activity, earliest start first. */
    List<Activity> all() {
        return read(store.all());
    }

    static Activity activity(Map<String, String> m) {
        return new Activity(m.get("id"), m.get("title"), m.getOrDefault("description", ""), m.get("place"),
                m.getOrDefault("community", ""), instant(m.get("startsAt")), instant(m.get("endsAt")),
                Integer.parseInt(m.get("quota")), "1".equals(m.get("needsPhone")), m.getOrDefault("organiser", ""),
                m.getOrDefault("contact", ""), m.getOrDefault("notes", ""), m.get("status"), m.get("code"),
                instant(m.get("created")), Long.parseLong(m.get("signed")), Long.parseLong(m.get("waiting")),
                Long.parseLong(m.get("checkedIn")));
    }

    private static Instant instant(String millis) {
        return Instant.ofEpochMilli(Long.parseLong(millis));
    }

    private String reserveCode(String id, Instant endsAt) {
        long expireAt = endsAt.plus(CODE_KEPT).toEpochMilli();
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = Integer.toString(100_000 + RANDOM.nextInt(900_000));
            if (store.reserveCode(code, id, expireAt)) {
                return code;
            }
        }
        throw new IllegalStateException("no free check-in code after 50 draws");
    }

    private static Map<String, String> fields(ActivityDraft d) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", d.title().strip());
        f.put("description", strip(d.description()));
        f.put("place", d.place().strip());
        f.put("community", strip(d.community()));
        f.put("startsAt", Long.toString(d.startsAt().toEpochMilli()));
        f.put("endsAt", Long.toString(d.endsAt().toEpochMilli()));
        f.put("needsPhone", d.needsPhone() ? "1" : "0");
        f.put("organiser", strip(d.organiser()));
        f.put("contact", strip(d.contact()));
        f.put("notes", strip(d.notes()));
        return f;
    }

    /** The checks that need more than one field or the clock; the API's Bean Validation does the rest first. */
    static void validate(ActivityDraft d, Instant now) {
        if (d == null) {
            throw new InvalidActivity("body", "请填写活动信息");
        }
        require(d.title(), "title", "标题", 40);
        require(d.place(), "place", "地点", 60);
        limit(d.description(), "description", "活动介绍", 500);
        limit(d.community(), "community", "社区", 30);
        limit(d.organiser(), "organiser", "组织者", 40);
        limit(d.contact(), "contact", "联系方式", 40);
        limit(d.notes(), "notes", "备注", 200);
        if (d.startsAt() == null) {
            throw new InvalidActivity("startsAt", "请填写开始时间（含时区，如 2026-12-05T09:00:00+08:00）");
        }
        if (d.endsAt() == null) {
            throw new InvalidActivity("endsAt", "请填写结束时间（含时区，如 2026-12-05T11:00:00+08:00）");
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw new InvalidActivity("endsAt", "结束时间须晚于开始时间");
        }
        if (Duration.between(d.startsAt(), d.endsAt()).compareTo(MAX_LENGTH) > 0) {
            throw new InvalidActivity("endsAt", "一次活动最长24小时，更长的请分场发布");
        }
        if (!d.endsAt().isAfter(now)) {
            throw new InvalidActivity("endsAt", "结束时间已过，不能发布已结束的活动");
        }
        if (d.startsAt().isAfter(now.plus(Duration.ofDays(366)))) {
            throw new InvalidActivity("startsAt", "开始时间须在一年以内");
        }
        if (d.quota() < 1 || d.quota() > 10_000) {
            throw new InvalidActivity("quota", "名额须在1到10000之间");
        }
    }

    private static void require(String value, String field, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidActivity(field, "请填写" + name);
        }
        limit(value, field, name, max);
    }

    private static void limit(String value, String field, String name, int max) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidActivity(field, name + "最多" + max + "个字");
        }
        if (value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new InvalidActivity(field, name + "含有无法显示的字符");
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
