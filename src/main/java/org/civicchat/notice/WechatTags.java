package org.civicchat.notice;

import java.util.List;

/**
 * WeChat's user tags (用户标签), which a mass send can address. The notice feature owns this interface; the
 * {@code wechat} edge implements it with WxJava's tag service (or the sandbox's stand-in).
 * Every call throws {@link org.civicchat.shared.WechatApiError} with WeChat's errcode when refused.
 */
public interface WechatTags {

    /** {@code tags/create}; 45157 when the name is taken. */
    Tag create(String name);

    /** {@code tags/get}: every tag of the account with its member count. */
    List<Tag> list();

    /** {@code tags/members/batchtagging}: at most {@link #BATCH} openids. */
    void tag(long tagId, List<String> openids);

    /** {@code tags/members/batchuntagging}: at most {@link #BATCH} openids. */
    void untag(long tagId, List<String> openids);

    /** {@code user/tag/get}: one page of members after {@code next} ("" for the first page). */
    Members members(long tagId, String next);

    /** WeChat's limit of openids per tagging call. */
    int BATCH = 50;

    record Tag(long id, String name, long count) {
    }

    /** @param next where the next page starts; blank or the last openid again when there is none */
    record Members(List<String> openids, String next) {
    }
}
