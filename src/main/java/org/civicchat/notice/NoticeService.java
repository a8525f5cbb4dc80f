package org.civicchat.notice;

import org.springframework.stereotype.Service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notices for the office (push to an audience, now or later; read the delivery figures), topics for
 * residents (follow, leave, list), and tracked link clicks.
 */
@Service
public class NoticeService {

    private static final int MAX_BODY = 600;
    private static final int MAX_OPENIDS = 10_000;

    private final NoticeStore notices;
    private final ResidentStore residents;
    private final NoticeSettings settings;
    private final NoticeLinks links;
    private final NoticeTags tags;
    private final MassSend mass;
    private final Clock clock;

    NoticeService(NoticeStore notices, ResidentStore residents, NoticeSettings settings, NoticeLinks links,
                  NoticeTags tags, MassSend mass, Clock clock) {
        this.clock = clock;
        this.notices = notices;
        this.residents = residents;
        this.settings = settings;
        this.links = links;
        this.tags = tags;
        this.mass = mass;
    }

    /**
     * Queues a notice for its audience at {@code sendAt} (now when null or past); delivery is asynchronous.
     *
     * A {@code mass} notice takes one of the month's mass sends (Beijing time, of {@code sendAt}) here.
     *
     * @return the notice id
     * @throws InvalidNotice naming the bad field; @throws MassRefused when the month's mass sends are used
     */
    public String send(NoticeRequest request) {
        validate(request);
        long now = clock.millis();
        long sendAt = request.sendAt() == null ? now : Math.max(now, request.sendAt().toEpochMilli());
        String channel = request.channel() == null || request.channel().isBlank() ? Notice.AUTO : request.channel();
        Notice notice = new Notice(notices.nextId("N"), false, strip(request.title()), request.body().strip(),
                strip(request.link()), request.audience().type(), request.audience().value(), channel, "notice",
                Map.of(), now, sendAt);
        links.learnBaseFromCurrentRequest();
        if (!notice.mass()) {
            notices.createBroadcast(notice);
            return notice.id();
        }
        String month = mass.reserve(request.audience(), sendAt);
        try {
            // the month goes in first: once createBroadcast makes the notice due, a worker may send it at once
            notices.massReserved(notice.id(), month);
            notices.createBroadcast(notice);
        } catch (RuntimeException e) {
            mass.release(month);
            throw e;
        }
        return notice.id();
    }

    /** @throws UnknownNotice */
    public NoticeStatus status(String noticeId) {
        Notice notice = notices.find(noticeId).orElseThrow(() -> new UnknownNotice(noticeId));
        Map<String, String> state = notices.state(noticeId);
        Map<String, String> stats = notices.stats(noticeId);
        Map<String, Long> byReason = new LinkedHashMap<>();
        stats.forEach((field, value) -> {
            if (field.startsWith("failed:")) {
                byReason.put(field.substring("failed:".length()), Long.parseLong(value));
            }
        });
        String audience = notice.audienceType() + (notice.audienceValue().isEmpty() || notice.single()
                || "openids".equals(notice.audienceType()) ? "" : ":" + notice.audienceValue().get(0));
        String pausedUntil = state.get("pausedUntil");
        return new NoticeStatus(noticeId, notice.title(), state.getOrDefault("status", "unknown"), notice.channel(),
                audience, notice.createdAt(), notice.sendAt(), count(stats, "queued"), count(stats, "sent"),
                count(stats, "failed"), byReason, count(stats, "held"), count(stats, "opened"), count(stats, "retries"),
                count(stats, "takeovers"), pausedUntil == null ? null : Long.valueOf(pausedUntil),
                state.get("pausedReason"), state.get("massMsgId"), state.get("massError"));
    }

    /** The latest pushed notices, newest first. */
    public List<NoticeStatus> recent(int count) {
        return notices.recent(count).stream().map(this::status).toList();
    }

    /**
     * Adds residents to a WeChat tag's or a community's audience ({@code type} tag, community or grid); a tag's
     * members are tagged in WeChat first ({@link NoticeTags#tag}).
     *
     * @throws TagRefused when WeChat refuses to tag them
     */
    public void addToGroup(String type, String name, List<String> openids) {
        Audience audience = new Audience(type, List.of(name));
        if (!List.of("tag", "community").contains(audience.groupType()) || name == null || name.isBlank()) {
            throw new InvalidNotice("type", "must be tag, community or grid with a name, was " + type);
        }
        if ("tag".equals(audience.groupType())) {
            tags.tag(name, openids);
            return;
        }
        residents.addToGroup(audience.groupType(), name.strip(), openids);
    }

    /** Whether the office listed this resident in a community's (or grid's) audience. */
    public boolean inCommunity(String community, String openid) {
        return community != null && !community.isBlank() && openid != null
                && residents.inGroup("community", community.strip(), openid);
    }

    /**
     * Where a tracked link goes, counting the open once per resident; empty (and not counted) for a bad token, no
     * link, or a stored link that is not a valid address.
     */
    public Optional<URI> open(String noticeId, String token) {
        Optional<String> pseudonym = links.pseudonym(noticeId, token);
        if (pseudonym.isEmpty()) {
            return Optional.empty();
        }
        Optional<URI> link = notices.find(noticeId).flatMap(n -> NoticeLink.parse(n.link()));
        if (link.isEmpty()) {
            return Optional.empty();
        }
        notices.opened(noticeId, pseudonym.get());
        return link;
    }

    public List<String> topics() {
        return settings.topics();
    }

    /** The configured topic a resident's words name ("志愿活动", "志愿"), if any. */
    public Optional<String> topicNamed(String words) {
        String w = words == null ? "" : words.strip();
        if (w.isEmpty()) {
            return Optional.empty();
        }
        return settings.topics().stream().filter(t -> t.equals(w)).findFirst()
                .or(() -> settings.topics().stream().filter(t -> t.contains(w) || w.contains(t)).findFirst());
    }

    public List<String> following(String openid) {
        return residents.following(openid, settings.topics());
    }

    /** @return false when the resident already followed it */
    public boolean follow(String openid, String topic) {
        return residents.follow(openid, requireTopic(topic));
    }

    /** @return false when the resident did not follow it */
    public boolean unfollow(String openid, String topic) {
        return residents.unfollow(openid, requireTopic(topic));
    }

    /** "退订": every topic, and no broadcast notice, until the resident follows a topic again. */
    public void unfollowAll(String openid) {
        residents.optOut(openid, settings.topics());
    }

    public Map<String, Long> followers() {
        Map<String, Long> counts = new LinkedHashMap<>();
        settings.topics().forEach(topic -> counts.put(topic, residents.followers(topic)));
        return counts;
    }

    private String requireTopic(String topic) {
        if (!settings.topics().contains(topic)) {
            throw new InvalidNotice("topic", "unknown topic '" + topic + "'");
        }
        return topic;
    }

    private void validate(NoticeRequest r) {
        if (r == null || r.body() == null || r.body().isBlank()) {
            throw new InvalidNotice("body", "must not be empty");
        }
        if (r.body().length() > MAX_BODY) {
            throw new InvalidNotice("body", "at most " + MAX_BODY + " characters, was " + r.body().length());
        }
        if (r.title() != null && r.title().length() > 64) {
            throw new InvalidNotice("title", "at most 64 characters");
        }
        if (r.link() != null && !r.link().isBlank() && NoticeLink.parse(r.link()).isEmpty()) {
            throw new InvalidNotice("link", NoticeLink.INVALID);
        }
        Audience audience = r.audience();
        if (audience == null || audience.type() == null || !Audience.TYPES.contains(audience.type())) {
            throw new InvalidNotice("audience.type", "must be one of " + Audience.TYPES);
        }
        if (!"all".equals(audience.type()) && (audience.value().isEmpty()
                || audience.value().stream().anyMatch(v -> v == null || v.isBlank()))) {
            throw new InvalidNotice("audience.value", "needs the " + audience.type() + " to send to");
        }
        if ("topic".equals(audience.type()) && !settings.topics().contains(audience.value().get(0))) {
            throw new InvalidNotice("audience.value", "unknown topic '" + audience.value().get(0) + "'; topics are "
                    + settings.topics());
        }
        if ("openids".equals(audience.type()) && audience.value().size() > MAX_OPENIDS) {
            throw new InvalidNotice("audience.value", "at most " + MAX_OPENIDS + " openids; use a tag or topic");
        }
        String channel = r.channel() == null || r.channel().isBlank() ? Notice.AUTO : r.channel();
        if (!Notice.AUTO.equals(channel) && !Notice.MASS.equals(channel)) {
            throw new InvalidNotice("channel", "must be auto or mass, was '" + channel + "'");
        }
        if (Notice.MASS.equals(channel) && !List.of("all", "tag").contains(audience.type())) {
            throw new InvalidNotice("channel", "mass goes to everyone or a tag, not to " + audience.type());
        }
        if (r.sendAt() != null && r.sendAt().isAfter(clock.instant().plusSeconds(366L * 24 * 3600))) {
            throw new InvalidNotice("sendAt", "must be within a year");
        }
    }

    private static long count(Map<String, String> stats, String field) {
        String v = stats.get(field);
        return v == null ? 0 : Long.parseLong(v);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
