package org.civicchat.menu;

import java.util.List;

/** The account's custom menu as WeChat's API takes and gives it: {@code {"button": [...]}}. */
public record WechatMenu(List<MenuButton> button) {

    public WechatMenu {
        button = button == null ? List.of() : List.copyOf(button.stream()
                .map(b -> b == null ? new MenuButton(null, null, null, null, null) : b).toList());
    }

    public static WechatMenu empty() {
        return new WechatMenu(List.of());
    }
}
