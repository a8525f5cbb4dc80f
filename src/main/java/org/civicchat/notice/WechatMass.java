package org.civicchat.notice;

/**
 * WeChat's mass send (群发) of a text to a tag or to every follower ({@code message/mass/sendall}). Owned by the
 * notice feature, implemented by the {@code wechat} edge.
 */
public interface WechatMass {

    /**
     * @param tagId       the tag to send to; null for every follower ({@code is_to_all})
     * @param clientMsgId WeChat refuses a second send with the same id (45065), so a retry never sends twice
     * @return WeChat's msg_id
     * @throws org.civicchat.shared.WechatApiError with WeChat's errcode (45065, 45028 no quota, …)
     */
    String sendText(Long tagId, String text, String clientMsgId);
}
