package org.civicchat.notice;

import org.civicchat.shared.WechatApiError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** WeChat's tags and mass sends in memory, for notice tests that are not about them; records what was sent. */
final class LocalAudiences implements WechatTags, WechatMass {

    private final Map<Long, String> names = new LinkedHashMap<>();
    private final Map<Long, Set<String>> members = new LinkedHashMap<>();
    final List<String> massTexts = new CopyOnWriteArrayList<>();
    private final Set<String> clientMsgIds = new LinkedHashSet<>();

    @Override
    public synchronized Tag create(String name) {
        if (names.containsValue(name)) {
            throw new WechatApiError(45157, "invalid tag name", null);
        }
        long id = 100 + names.size();
        names.put(id, name);
        members.put(id, new LinkedHashSet<>());
        return new Tag(id, name, 0);
    }

    @Override
    public synchronized List<Tag> list() {
        List<Tag> tags = new ArrayList<>();
        names.forEach((id, name) -> tags.add(new Tag(id, name, members.get(id).size())));
        return tags;
    }

    @Override
    public synchronized void tag(long tagId, List<String> openids) {
        members.get(tagId).addAll(openids);
    }

    @Override
    public synchronized void untag(long tagId, List<String> openids) {
        openids.forEach(members.get(tagId)::remove);
    }

    @Override
    public synchronized Members members(long tagId, String next) {
        return new Members(next.isEmpty() ? List.copyOf(members.get(tagId)) : List.of(), "");
    }

    @Override
    public synchronized String sendText(Long tagId, String text, String clientMsgId) {
        if (!clientMsgIds.add(clientMsgId)) {
            throw new WechatApiError(45065, "clientmsgid exist", null);
        }
        massTexts.add(text);
        return Integer.toString(massTexts.size());
    }
}
