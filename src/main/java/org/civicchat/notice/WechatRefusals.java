package org.civicchat.notice;

import org.civicchat.shared.WechatErrorTexts;

/** WeChat's errcodes of the tag and mass-send endpoints as the operator reads them. */
final class WechatRefusals {

    private WechatRefusals() {
    }

    static String chinese(int code) {
        return switch (code) {
            case 45157 -> "微信中已有同名标签。";
            case 45158 -> "标签名太长：最多 30 个字节（约 10 个汉字）。";
            case 45056 -> "公众号的标签已达上限（100 个），请先在微信公众平台删除不用的标签。";
            case 45058 -> "这是微信的系统保留标签，不能修改。";
            case 45059 -> "有居民身上的标签已达上限（20 个），请先为他们去掉不用的标签。";
            case 45159 -> "微信中没有这个标签，可能已在公众平台被删除；请重新创建。";
            case 40032 -> "每次最多为 50 位居民打标签。";
            case 40003, 49003 -> "名单中有不属于本公众号的 openid。";
            case 40050 -> "微信中没有这个标签，无法按标签群发。";
            case 45028 -> "微信说本月的群发次数已用完，请下月再发。";
            case 45065 -> "这条群发已经提交过微信，不会重复发送。";
            case 45066 -> "提交太快，请一分钟后再试。";
            case 45067 -> "群发编号太长。";
            case 40007 -> "群发内容无效。";
            case 45002 -> "群发内容太长。";
            default -> WechatErrorTexts.general(code);
        };
    }
}
