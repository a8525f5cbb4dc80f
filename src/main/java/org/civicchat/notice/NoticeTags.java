package org.civicchat.notice;

import org.civicchat.shared.WechatApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code tag} audience as WeChat's user tags: a tag created here is created in WeChat first; residents are
 * tagged in WeChat 50 at a time and our copy (the group set mass and broadcast notices read) takes each batch
 * only after WeChat said ok, so the two never disagree about a resident we reported as tagged. {@link #sync}
 * replaces our copy with WeChat's members (after tagging on the platform's own pages).
 */
@Service
public class NoticeTags {

    private static final Logger log = LoggerFactory.getLogger(NoticeTags.class);
    /** WeChat's limit (45158). */
    static final int MAX_NAME_BYTES = 30;
    static final int MAX_OPENIDS = 10_000;

    private final WechatTags wechat;
    private final TagStore tags;
    private final ResidentStore residents;

    NoticeTags(WechatTags wechat, TagStore tags, ResidentStore residents) {
        this.wechat = wechat;
        this.tags = tags;
        this.residents = residents;
    }

    /** One tag as the console shows it: WeChat's id and member count beside ours. */
    public record TagView(long id, String name, long wechatMembers, long localMembers) {
    }

    /** @param done residents tagged or untagged in WeChat and in our copy */
    public record TagChange(String name, long id, int done) {
    }

    /**
     * Creates the tag in WeChat (a name WeChat already has is adopted with its id) and remembers it.
     *
     * @throws InvalidNotice for a bad name; @throws TagRefused when WeChat says no
     */
    public TagView create(String rawName) {
        String name = name(rawName);
        long id = tags.id(name).orElseGet(() -> createInWechat(name));
        return view(name, id);
    }

    /** Every tag of the account (WeChat's list, which also refreshes our ids), then ours WeChat no longer has. */
    public List<TagView> list() {
        List<WechatTags.Tag> live;
        try {
            live = wechat.list();
        } catch (WechatApiError e) {
            throw refused(e, 0);
        }
        Map<String, Long> known = tags.all();
        List<TagView> views = new ArrayList<>();
        for (WechatTags.Tag t : live) {
            if (!Long.valueOf(t.id()).equals(known.get(t.name()))) {
                tags.put(t.name(), t.id());
            }
            views.add(new TagView(t.id(), t.name(), t.count(), residents.groupSize("tag", t.name())));
        }
        return views;
    }

    /** Tags these residents in WeChat (creating the tag when new), then in our copy, 50 at a time. */
    public TagChange tag(String rawName, List<String> openids) {
        String name = name(rawName);
        List<String> members = openids(openids);
        long id = tags.id(name).orElseGet(() -> createInWechat(name));
        return inBatches(name, id, members, wechat::tag, batch -> residents.addToGroup("tag", name, batch));
    }

    /** Takes the tag off these residents in WeChat, then in our copy, 50 at a time. */
    public TagChange untag(String rawName, List<String> openids) {
        String name = name(rawName);
        List<String> members = openids(openids);
        long id = known(name);
        return inBatches(name, id, members, wechat::untag, batch -> residents.removeFromGroup("tag", name, batch));
    }

    /** Our copy becomes WeChat's member list of the tag (read page by page). */
    public TagView sync(String rawName) {
        String name = name(rawName);
        long id = known(name);
        List<String> members = new ArrayList<>();
        String next = "";
        try {
            while (true) {
                WechatTags.Members page = wechat.members(id, next);
                members.addAll(page.openids());
                if (page.openids().isEmpty() || page.next() == null || page.next().isBlank() || page.next().equals(next)) {
                    break;
                }
                next = page.next();
            }
        } catch (WechatApiError e) {
            throw refused(e, 0);
        }
        residents.replaceGroup("tag", name, members);
        log.info("Tag {} synchronised from WeChat: {} members", name, members.size());
        return new TagView(id, name, members.size(), members.size());
    }

    /** WeChat first, {@link WechatTags#BATCH} at a time; our copy follows each batch WeChat accepted. */
    private TagChange inBatches(String name, long id, List<String> members,
                                java.util.function.BiConsumer<Long, List<String>> inWechat,
                                java.util.function.Consumer<List<String>> locally) {
        int done = 0;
        for (int i = 0; i < members.size(); i += WechatTags.BATCH) {
            List<String> batch = members.subList(i, Math.min(members.size(), i + WechatTags.BATCH));
            try {
                inWechat.accept(id, batch);
            } catch (WechatApiError e) {
                throw refused(e, done);
            }
            locally.accept(batch);
            done += batch.size();
        }
        return new TagChange(name, id, done);
    }

    /** The WeChat id of a tag we know. */
    Optional<Long> idOf(String name) {
        return name == null ? Optional.empty() : tags.id(name.strip());
    }

    private long known(String name) {
        return tags.id(name).orElseThrow(() -> new InvalidNotice("name", "还没有名为“" + name + "”的标签，请先创建。"));
    }

    private long createInWechat(String name) {
        long id;
        try {
            id = wechat.create(name).id();
        } catch (WechatApiError e) {
            if (e.code() != 45157) {
                throw refused(e, 0);
            }
            id = adopt(name, e);
        }
        tags.put(name, id);
        log.info("Tag {} created in WeChat with id {}", name, id);
        return id;
    }

    /** WeChat has the name already (made on the platform's pages): take its id. */
    private long adopt(String name, WechatApiError taken) {
        try {
            return wechat.list().stream().filter(t -> t.name().equals(name)).findFirst()
                    .map(WechatTags.Tag::id).orElseThrow(() -> refused(taken, 0));
        } catch (WechatApiError e) {
            throw refused(e, 0);
        }
    }

    private TagView view(String name, long id) {
        return new TagView(id, name, -1, residents.groupSize("tag", name));
    }

    private static TagRefused refused(WechatApiError e, int done) {
        log.warn("WeChat refused a tag call after {} residents: {}", done, e.getMessage());
        String message = WechatRefusals.chinese(e.code());
        return new TagRefused(e.code(), done == 0 ? message : message + "（已成功处理前 " + done + " 位居民）", done, e);
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new InvalidNotice("name", "请填写标签名。");
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new InvalidNotice("name", "标签名太长：最多 30 个字节（约 10 个汉字）。");
        }
        return name;
    }

    private static List<String> openids(List<String> openids) {
        if (openids == null || openids.isEmpty()) {
            throw new InvalidNotice("openids", "请至少提供一位居民的 openid。");
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String o : openids) {
            if (o == null || o.isBlank() || o.length() > 64) {
                throw new InvalidNotice("openids", "名单中有空的或不正确的 openid。");
            }
            unique.add(o.strip());
        }
        if (unique.size() > MAX_OPENIDS) {
            throw new InvalidNotice("openids", "一次最多 " + MAX_OPENIDS + " 位居民。");
        }
        return new ArrayList<>(unique);
    }
}
