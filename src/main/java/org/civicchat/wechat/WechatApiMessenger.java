package org.civicchat.wechat;

import org.civicchat.notice.OutboundMessenger;
import org.civicchat.shared.WechatApiError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;

import java.util.Map;

/** Sends through WxJava's real HTTP client to the WeChat API at WECHAT_API_BASE. */
final class WechatApiMessenger implements OutboundMessenger {

    private final WxMpService wx;

    WechatApiMessenger(WxMpService wx) {
        this.wx = wx;
    }

    @Override
    public void sendText(String openid, String text) {
        try {
            wx.getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(openid).content(text).build());
        } catch (WxErrorException e) {
            throw new WechatApiError(e.getError().getErrorCode(), e.getError().getErrorMsg(), e);
        } catch (RuntimeException e) {
            throw new WechatApiError(0, e.toString(), e);
        }
    }

    @Override
    public void sendTemplate(String openid, String templateId, Map<String, String> fields, String url) {
        WxMpTemplateMessage message = WxMpTemplateMessage.builder().toUser(openid).templateId(templateId)
                .url(url).build();
        fields.forEach((name, value) -> message.addData(new WxMpTemplateData(name, value)));
        try {
            wx.getTemplateMsgService().sendTemplateMsg(message);
        } catch (WxErrorException e) {
            throw new WechatApiError(e.getError().getErrorCode(), e.getError().getErrorMsg(), e);
        } catch (RuntimeException e) {
            throw new WechatApiError(0, e.toString(), e);
        }
    }

    @Override
    public boolean sandbox() {
        return false;
    }
}
