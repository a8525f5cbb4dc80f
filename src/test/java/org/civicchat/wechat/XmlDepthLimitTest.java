package org.civicchat.wechat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlDepthLimitTest {

    @Test
    void wechatsDeepestMessageFits() {
        String xml = "<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[o]]></FromUserName>"
                + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[pic_weixin]]></Event><SendPicsInfo><Count>1</Count>"
                + "<PicList><item><PicMd5Sum><![CDATA[1b5f7c23b5bf75682a53e7b6d163e185]]></PicMd5Sum></item></PicList>"
                + "</SendPicsInfo></xml>";
        assertThatCode(() -> XmlDepthLimit.check(xml)).doesNotThrowAnyException();
    }

    @Test
    void nestingNineThousandDeepIsRefused() {
        String xml = "<xml>" + "<a>".repeat(9000) + "</a>".repeat(9000) + "</xml>";
        assertThatThrownBy(() -> XmlDepthLimit.check(xml)).isInstanceOf(MalformedMessage.class)
                .hasMessageContaining("deeper than 32");
    }

    @Test
    void thirtyThreeLevelsAreRefusedAndThirtyTwoPass() {
        assertThatCode(() -> XmlDepthLimit.check("<a>".repeat(32) + "</a>".repeat(32))).doesNotThrowAnyException();
        assertThatThrownBy(() -> XmlDepthLimit.check("<a>".repeat(33) + "</a>".repeat(33)))
                .isInstanceOf(MalformedMessage.class);
    }

    @Test
    void tagsInsideCdataCommentsAndSelfClosingElementsDoNotCount() {
        String xml = "<xml><Content><![CDATA[" + "<a>".repeat(100) + "]]></Content><!-- " + "<b>".repeat(100)
                + " -->" + "<c/>".repeat(100) + "</xml>";
        assertThatCode(() -> XmlDepthLimit.check(xml)).doesNotThrowAnyException();
    }

    @Test
    void tooManyFlatElementsAreRefused() {
        assertThatThrownBy(() -> XmlDepthLimit.check("<xml>" + "<a>1</a>".repeat(2001) + "</xml>"))
                .isInstanceOf(MalformedMessage.class).hasMessageContaining("2000 elements");
    }
}
