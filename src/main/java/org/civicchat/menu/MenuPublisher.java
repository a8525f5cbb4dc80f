package org.civicchat.menu;

import java.util.Optional;

/**
 * Where the menu goes: WeChat's menu API ({@code menu/create}, {@code menu/get}), or the sandbox while there is
 * no app secret. The menu feature owns this interface; the {@code wechat} edge implements it.
 */
public interface MenuPublisher {

    /** Replaces the live menu. @throws org.civicchat.shared.WechatApiError with WeChat's errcode */
    void publish(WechatMenu menu);

    /** The live menu, empty when the account has none (46003). @throws org.civicchat.shared.WechatApiError */
    Optional<WechatMenu> live();
}
