package org.civicchat.wechat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds what WeChat's server would post for a resident's message: the XML, its safe-mode envelope, the
 * signed query string; and opens an encrypted passive reply. Used by the simulator page and the load tools.
 */
public final class SimulatedWechat {

    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    private final WechatSettings settings;
    private final MessageCrypto crypto;

    public SimulatedWechat(WechatSettings settings) {
        this.settings = settings;
        this.crypto = settings.hasAesKey() ? new MessageCrypto(settings.aesKey(), settings.appId()) : null;
    }

    public static long nextMsgId() {
        return MSG_IDS.incrementAndGet();
    }

    /** The message XML for a text message. */
    public static String textXml(String openid, String account, String text, long msgId) {
        return "<xml><ToUserName><![CDATA[" + account + "]]></ToUserName>"
                + "<FromUserName><![CDATA[" + openid + "]]></FromUserName>"
                + "<CreateTime>" + System.currentTimeMillis() / 1000 + "</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + cdata(text) + "]]></Content>"
                + "<MsgId>" + msgId + "</MsgId></xml>";
    }

    /** Any message kind from its fields (MsgType, Content, PicUrl, MediaId, Location_X, Event…). */
    public static String xml(String openid, String account, Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml><ToUserName><![CDATA[").append(account)
                .append("]]></ToUserName><FromUserName><![CDATA[").append(openid)
                .append("]]></FromUserName><CreateTime>").append(System.currentTimeMillis() / 1000)
                .append("</CreateTime>");
        fields.forEach((name, value) -> xml.append('<').append(name).append("><![CDATA[").append(cdata(value))
                .append("]]></").append(name).append('>'));
        return xml.append("</xml>").toString();
    }

    /** The request in the portal's mode: encrypted unless the portal takes plain messages only. */
    public SignedRequest request(String messageXml) {
        return settings.mode() == EncryptMode.PLAIN ? plainRequest(messageXml) : encryptedRequest(messageXml);
    }

    /** The plain-mode request: the message XML and the signed query string. */
    public SignedRequest plainRequest(String messageXml) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = UUID.randomUUID().toString().substring(0, 10);
        String query = "signature=" + WechatSignature.of(settings.token(), timestamp, nonce)
                + "&timestamp=" + timestamp + "&nonce=" + nonce;
        return new SignedRequest("/wx/portal/" + settings.appId() + "?" + query, messageXml);
    }

    /** The safe-mode request: the body to post and the query string to post it with. */
    public SignedRequest encryptedRequest(String messageXml) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = UUID.randomUUID().toString().substring(0, 10);
        String encrypt = crypto.encrypt(messageXml);
        String body = "<xml><ToUserName><![CDATA[civicchat]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt></xml>";
        String query = "signature=" + WechatSignature.of(settings.token(), timestamp, nonce)
                + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&encrypt_type=aes&msg_signature=" + WechatSignature.of(settings.token(), timestamp, nonce, encrypt);
        return new SignedRequest("/wx/portal/" + settings.appId() + "?" + query, body);
    }

    /** The text of an encrypted passive reply, or "" for "success". */
    public String openReply(String replyBody) {
        if (replyBody == null || replyBody.isBlank() || "success".equals(replyBody.trim())) {
            return "";
        }
        ReplyEnvelope outer = ReplyEnvelope.parse(replyBody);
        if (outer.encrypt == null) {
            return contentOf(replyBody);
        }
        if (outer.timeStamp == null || outer.nonce == null || !WechatSignature.matches(outer.msgSignature,
                settings.token(), outer.timeStamp, outer.nonce, outer.encrypt)) {
            throw new IllegalStateException("reply signature does not verify");
        }
        return contentOf(crypto.decrypt(outer.encrypt));
    }

    private static String contentOf(String replyXml) {
        String content = WechatXml.parse(replyXml).getContent();
        return content == null ? "" : content;
    }

    private static String cdata(String value) {
        return value == null ? "" : value.replace("]]>", "]]]]><![CDATA[>");
    }

    /** @param pathAndQuery the portal path with its signed query string */
    public record SignedRequest(String pathAndQuery, String body) {
    }
}
