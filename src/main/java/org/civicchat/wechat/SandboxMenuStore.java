package org.civicchat.wechat;

import org.civicchat.menu.MenuButton;
import org.civicchat.menu.MenuPublisher;
import org.civicchat.menu.WechatMenu;
import redis.clients.jedis.UnifiedJedis;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * The sandbox's stand-in for WeChat's menu: the published menu kept in Redis (what {@code menu/get} would
 * answer) and each publication shown in the sandbox outbox, as the other API calls are.
 */
final class SandboxMenuStore implements MenuPublisher {

    private static final String KEY = "cc:wechat:sandbox-menu";

    private final UnifiedJedis redis;
    private final SandboxOutboxStore outbox;
    private final JsonMapper json = JsonMapper.builder().build();

    SandboxMenuStore(UnifiedJedis redis, SandboxOutboxStore outbox) {
        this.redis = redis;
        this.outbox = outbox;
    }

    @Override
    public void publish(WechatMenu menu) {
        redis.set(KEY, json.writeValueAsString(menu));
        outbox.record("公众号菜单", "menu", "自定义菜单已发布：" + summary(menu));
    }

    @Override
    public Optional<WechatMenu> live() {
        String stored = redis.get(KEY);
        return stored == null ? Optional.empty() : Optional.of(json.readValue(stored, WechatMenu.class));
    }

    /** "居民服务（问答、我的工单）｜志愿活动｜…" */
    static String summary(WechatMenu menu) {
        StringBuilder out = new StringBuilder();
        for (MenuButton b : menu.button()) {
            if (!out.isEmpty()) {
                out.append('｜');
            }
            out.append(b.name());
            if (!b.subButtons().isEmpty()) {
                out.append('（').append(String.join("、", b.subButtons().stream().map(MenuButton::name).toList()))
                        .append('）');
            }
        }
        return out.toString();
    }
}
