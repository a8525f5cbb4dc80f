package org.civicchat.wechat;

import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

/**
 * Parses what WeChat posts with WxJava's own {@link WxMpXmlMessage#fromXml} (XStream over the Xpp3 pull parser,
 * which expands no entities, with a type allow-list). Two cheap checks run first because XStream cannot make them:
 * {@link XmlDepthLimit} (deep nesting overflows its recursive reader with a {@link StackOverflowError}, an
 * {@code Error} rather than an exception) and no DOCTYPE at all (WeChat never sends one). Every refusal is a
 * {@link MalformedMessage}.
 */
final class WechatXml {

    private WechatXml() {
    }

    static WxMpXmlMessage parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new MalformedMessage("empty body");
        }
        XmlDepthLimit.check(xml);
        if (declaresDoctype(xml)) {
            throw new MalformedMessage("XML with a DOCTYPE");
        }
        try {
            WxMpXmlMessage message = WxMpXmlMessage.fromXml(xml);
            if (message == null) {
                throw new MalformedMessage("not a WeChat message");
            }
            return message;
        } catch (RuntimeException e) {
            if (e instanceof MalformedMessage malformed) {
                throw malformed;
            }
            throw new MalformedMessage("XML rejected: " + e.getClass().getSimpleName());
        }
    }

    /** Looks at each {@code <!} only, without copying the body (this runs for every message). */
    private static boolean declaresDoctype(String xml) {
        for (int at = xml.indexOf("<!"); at >= 0; at = xml.indexOf("<!", at + 2)) {
            if (xml.regionMatches(true, at + 2, "DOCTYPE", 0, 7) || xml.regionMatches(true, at + 2, "ENTITY", 0, 6)) {
                return true;
            }
        }
        return false;
    }
}
