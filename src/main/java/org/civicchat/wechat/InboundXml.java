package org.civicchat.wechat;

import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.civicchat.dialog.Inbound;
import org.civicchat.dialog.MessageKind;

/** Maps the message WxJava parsed to an {@link Inbound}; refuses a message without sender or type. */
final class InboundXml {

    private InboundXml() {
    }

    static Inbound toInbound(WxMpXmlMessage m) {
        String openid = m.getFromUser();
        String msgType = m.getMsgType();
        if (openid == null || openid.isBlank() || msgType == null || msgType.isBlank()) {
            throw new MalformedMessage("message lacks FromUserName or MsgType");
        }
        MessageKind kind = MessageKind.of(msgType);
        String text = switch (kind) {
            case TEXT -> m.getContent();
            case VOICE -> m.getRecognition();
            default -> null;
        };
        boolean location = kind == MessageKind.LOCATION;
        return Inbound.builder(openid, kind)
                .account(m.getToUser() == null ? "" : m.getToUser())
                .msgId(m.getMsgId() == null ? null : m.getMsgId().toString())
                .createTime(m.getCreateTime() == null ? System.currentTimeMillis() / 1000 : m.getCreateTime())
                .text(text)
                .mediaId(m.getMediaId())
                .picUrl(m.getPicUrl())
                .location(location ? m.getLocationX() : m.getLatitude(),
                        location ? m.getLocationY() : m.getLongitude(), m.getLabel())
                .url(m.getUrl())
                .event(m.getEvent(), m.getEventKey())
                .build();
    }
}
