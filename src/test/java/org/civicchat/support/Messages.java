package org.civicchat.support;

import java.util.concurrent.atomic.AtomicLong;

/** Test data: the XML WeChat posts for each kind of message. */
public final class Messages {

    private static final AtomicLong IDS = new AtomicLong(7_000_000_000_000_000L + UniqueIds.messageIdBase());

    private Messages() {
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    public static String text(String openid, String content) {
        return text(openid, content, nextId());
    }

    public static String text(String openid, String content, long msgId) {
        return head(openid, "text") + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    public static String voice(String openid, String recognition) {
        return head(openid, "voice") + "<MediaId><![CDATA[media-voice-1]]></MediaId><Format><![CDATA[amr]]></Format>"
                + "<Recognition><![CDATA[" + recognition + "]]></Recognition><MsgId>" + nextId() + "</MsgId></xml>";
    }

    public static String image(String openid, String mediaId) {
        return head(openid, "image") + "<PicUrl><![CDATA[http://127.0.0.1/p.jpg]]></PicUrl><MediaId><![CDATA["
                + mediaId + "]]></MediaId><MsgId>" + nextId() + "</MsgId></xml>";
    }

    public static String location(String openid, double lat, double lng, String label) {
        return head(openid, "location") + "<Location_X>" + lat + "</Location_X><Location_Y>" + lng
                + "</Location_Y><Scale>15</Scale><Label><![CDATA[" + label + "]]></Label><MsgId>" + nextId()
                + "</MsgId></xml>";
    }

    public static String event(String openid, String event, String key) {
        return eventAt(System.currentTimeMillis() / 1000, openid, event, key);
    }

    /** An event sent at {@code createTime} (seconds): WeChat tells a retry from a new tap by the time alone. */
    public static String eventAt(long createTime, String openid, String event, String key) {
        return head(createTime, openid, "event") + "<Event><![CDATA[" + event + "]]></Event>"
                + (key == null ? "" : "<EventKey><![CDATA[" + key + "]]></EventKey>") + "</xml>";
    }

    public static String ofType(String openid, String msgType) {
        return head(openid, msgType) + "<MsgId>" + nextId() + "</MsgId></xml>";
    }

    private static String head(String openid, String type) {
        return head(System.currentTimeMillis() / 1000, openid, type);
    }

    private static String head(long createTime, String openid, String type) {
        return "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + createTime
                + "</CreateTime><MsgType><![CDATA[" + type + "]]></MsgType>";
    }
}
