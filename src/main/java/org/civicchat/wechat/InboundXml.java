package org.civicchat.wechat;

import org.civicchat.dialog.Inbound;
import org.civicchat.dialog.MessageKind;

import java.util.Map;

/** Maps WeChat's message fields to an {@link Inbound}; refuses a message without sender or type. */
final class InboundXml {

    private InboundXml() {
    }

    static Inbound toInbound(Map<String, String> f) {
        String openid = f.get("FromUserName");
        String msgType = f.get("MsgType");
        if (openid == null || openid.isBlank() || msgType == null || msgType.isBlank()) {
            throw new SafeXml.MalformedXml("message lacks FromUserName or MsgType");
        }
        MessageKind kind = MessageKind.of(msgType);
        String text = switch (kind) {
            case TEXT -> f.get("Content");
            case VOICE -> f.get("Recognition");
            default -> null;
        };
        Double lat = number(kind == MessageKind.LOCATION ? f.get("Location_X") : f.get("Latitude"));
        Double lng = number(kind == MessageKind.LOCATION ? f.get("Location_Y") : f.get("Longitude"));
        return Inbound.builder(openid, kind)
                .account(f.getOrDefault("ToUserName", ""))
                .msgId(f.get("MsgId"))
                .createTime(longOr(f.get("CreateTime"), System.currentTimeMillis() / 1000))
                .text(text)
                .mediaId(f.get("MediaId"))
                .picUrl(f.get("PicUrl"))
                .location(lat, lng, f.get("Label"))
                .url(f.get("Url"))
                .event(f.get("Event"), f.get("EventKey"))
                .build();
    }

    private static Double number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new SafeXml.MalformedXml("not a number: " + s);
        }
    }

    private static long longOr(String s, long fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new SafeXml.MalformedXml("CreateTime is not a number");
        }
    }
}
