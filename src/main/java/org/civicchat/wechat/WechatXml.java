package org.civicchat.wechat;

import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

import java.util.Locale;

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

    private static boolean declaresDoctype(String xml) {
        String upper = xml.toUpperCase(Locale.ROOT);
        return upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY");
    }
}
