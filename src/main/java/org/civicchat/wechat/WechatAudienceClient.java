package org.civicchat.wechat;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.WxMpMassTagMessage;
import me.chanjar.weixin.mp.bean.result.WxMpMassSendResult;
import me.chanjar.weixin.mp.bean.tag.WxTagListUser;
import me.chanjar.weixin.mp.bean.tag.WxUserTag;
import org.civicchat.shared.WechatApiError;

import java.util.List;

/** User tags and mass sends through WxJava's tag and mass-message services. */
final class WechatAudienceClient implements WechatAudiences {

    private final WxMpService wx;

    WechatAudienceClient(WxMpService wx) {
        this.wx = wx;
    }

    private interface Call<T> {
        T run() throws WxErrorException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (WxErrorException e) {
            throw new WechatApiError(e.getError().getErrorCode(), e.getError().getErrorMsg(), e);
        } catch (RuntimeException e) {
            throw new WechatApiError(0, e.toString(), e);
        }
    }

    @Override
    public Tag create(String name) {
        WxUserTag tag = call(() -> wx.getUserTagService().tagCreate(name));
        return new Tag(tag.getId(), tag.getName(), 0);
    }

    @Override
    public List<Tag> list() {
        return call(() -> wx.getUserTagService().tagGet()).stream()
                .map(t -> new Tag(t.getId(), t.getName(), t.getCount() == null ? 0 : t.getCount())).toList();
    }

    @Override
    public void tag(long tagId, List<String> openids) {
        call(() -> wx.getUserTagService().batchTagging(tagId, openids.toArray(String[]::new)));
    }

    @Override
    public void untag(long tagId, List<String> openids) {
        call(() -> wx.getUserTagService().batchUntagging(tagId, openids.toArray(String[]::new)));
    }

    @Override
    public Members members(long tagId, String next) {
        WxTagListUser page = call(() -> wx.getUserTagService().tagListUser(tagId, next == null ? "" : next));
        List<String> openids = page.getData() == null || page.getData().getOpenidList() == null ? List.of()
                : page.getData().getOpenidList();
        return new Members(openids, page.getNextOpenid());
    }

    @Override
    public String sendText(Long tagId, String text, String clientMsgId) {
        WxMpMassTagMessage message = new WxMpMassTagMessage();
        message.setMsgType("text");
        message.setContent(text);
        message.setClientMsgId(clientMsgId);
        if (tagId == null) {
            message.setSendAll(true);
        } else {
            message.setTagId(tagId);
        }
        WxMpMassSendResult result = call(() -> wx.getMassMessageService().massGroupMessageSend(message));
        return result.getMsgId();
    }
}
