package org.civicchat.menu;

import org.civicchat.shared.WechatErrorTexts;

/** WeChat's menu errcodes as the operator reads them. */
final class MenuErrors {

    private MenuErrors() {
    }

    static String chinese(int code) {
        return switch (code) {
            case 40016 -> "微信认为一级菜单个数不对：需要 1 到 3 个。";
            case 40017, 40024 -> "微信不接受其中一个按钮的类型。";
            case 40018 -> "微信认为一级菜单名称太长（最多 16 字节，约 4 个汉字）。";
            case 40019, 40026 -> "微信认为其中一个按钮的 key 太长（最多 128 字节）。";
            case 40020, 40027 -> "微信认为其中一个链接太长（最多 1024 字节）。";
            case 40023 -> "微信认为子菜单个数不对：每个一级菜单下最多 5 个。";
            case 40025 -> "微信认为子菜单名称太长（最多 60 字节）。";
            case 40054, 40055 -> "微信不接受链接的域名，请在公众平台确认该域名可以使用。";
            case 46003 -> "公众号还没有自定义菜单。";
            default -> WechatErrorTexts.general(code);
        };
    }
}
