package org.civicchat.wechat;

import me.chanjar.weixin.common.bean.menu.WxMenuButton;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.menu.WxMpMenu;
import org.civicchat.menu.MenuButton;
import org.civicchat.menu.MenuPublisher;
import org.civicchat.menu.WechatMenu;
import org.civicchat.shared.WechatApiError;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/** The custom menu through WxJava's menu service: {@code menu/create} with our JSON, {@code menu/get} read back. */
final class WechatMenuPublisher implements MenuPublisher {

    private final WxMpService wx;
    private final JsonMapper json = JsonMapper.builder().build();

    WechatMenuPublisher(WxMpService wx) {
        this.wx = wx;
    }

    @Override
    public void publish(WechatMenu menu) {
        try {
            wx.getMenuService().menuCreate(json.writeValueAsString(menu));
        } catch (WxErrorException e) {
            throw new WechatApiError(e.getError().getErrorCode(), e.getError().getErrorMsg(), e);
        } catch (RuntimeException e) {
            throw new WechatApiError(0, e.toString(), e);
        }
    }

    @Override
    public Optional<WechatMenu> live() {
        WxMpMenu menu;
        try {
            menu = wx.getMenuService().menuGet();
        } catch (WxErrorException e) {
            throw new WechatApiError(e.getError().getErrorCode(), e.getError().getErrorMsg(), e);
        } catch (RuntimeException e) {
            throw new WechatApiError(0, e.toString(), e);
        }
        if (menu == null || menu.getMenu() == null || menu.getMenu().getButtons() == null) {
            return Optional.empty();
        }
        return Optional.of(new WechatMenu(buttons(menu.getMenu().getButtons())));
    }

    private static List<MenuButton> buttons(List<WxMenuButton> buttons) {
        return buttons == null ? List.of() : buttons.stream().map(b -> new MenuButton(b.getType(), b.getName(),
                b.getKey(), b.getUrl(), buttons(b.getSubButtons()))).toList();
    }
}
