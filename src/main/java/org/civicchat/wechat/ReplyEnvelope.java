package org.civicchat.wechat;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.annotations.XStreamAlias;
import me.chanjar.weixin.common.util.xml.XStreamInitializer;

/**
 * The outer XML of an encrypted passive reply as WeChat's client reads it (Encrypt, MsgSignature, TimeStamp,
 * Nonce), read with WxJava's XStream set-up; used by the sandbox simulator to open our own replies.
 */
@XStreamAlias("xml")
final class ReplyEnvelope {

    private static final XStream XML = xstream();

    @XStreamAlias("Encrypt")
    String encrypt;
    @XStreamAlias("MsgSignature")
    String msgSignature;
    @XStreamAlias("TimeStamp")
    String timeStamp;
    @XStreamAlias("Nonce")
    String nonce;

    static ReplyEnvelope parse(String xml) {
        XmlDepthLimit.check(xml);
        try {
            return (ReplyEnvelope) XML.fromXML(xml);
        } catch (RuntimeException e) {
            throw new MalformedMessage("reply XML rejected: " + e.getClass().getSimpleName());
        }
    }

    private static XStream xstream() {
        XStream xstream = XStreamInitializer.getInstance();
        xstream.processAnnotations(ReplyEnvelope.class);
        xstream.allowTypes(new Class[]{ReplyEnvelope.class});
        xstream.ignoreUnknownElements();
        return xstream;
    }
}
