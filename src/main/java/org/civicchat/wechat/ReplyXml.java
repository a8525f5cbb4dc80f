package org.civicchat.wechat;

import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import org.civicchat.dialog.Reply;

/** Renders a passive reply as WeChat expects it, plain or wrapped in safe mode's encrypted envelope. */
final class ReplyXml {

    private ReplyXml() {
    }

    static String plain(Reply reply, String openid, String account) {
        return WxMpXmlOutMessage.TEXT().content(reply.text()).fromUser(account).toUser(openid).build().toXml();
    }

    static String encrypted(String plainXml, MessageCrypto crypto, String token, String nonce) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String encrypt = crypto.encrypt(plainXml);
        String signature = WechatSignature.of(token, timestamp, nonce, encrypt);
        return "<xml>\n<Encrypt><![CDATA[" + encrypt + "]]></Encrypt>\n"
                + "<MsgSignature><![CDATA[" + signature + "]]></MsgSignature>\n"
                + "<TimeStamp>" + timestamp + "</TimeStamp>\n"
                + "<Nonce><![CDATA[" + nonce + "]]></Nonce>\n</xml>";
    }
}
