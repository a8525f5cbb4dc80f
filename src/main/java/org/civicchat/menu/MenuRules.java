package org.civicchat.menu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a menu must be before it goes to WeChat, checked as the phone shows it: at most 3 top-level buttons
 * and 5 under each; a top-level name the phone shows whole (4 Chinese characters or 8 letters, and WeChat's
 * 16 bytes), a sub-button name of 8 Chinese characters or 16 letters (WeChat's limit is 60 bytes, but longer
 * names are cut with "..."); {@code click} buttons with one of our keys ({@link MenuKey}) whose FAQ entry,
 * survey or topic exists; {@code view} buttons with an http(s) address (WeChat: 1024 bytes). Names, keys and
 * addresses are trimmed. Does not check what WeChat alone knows (a view address's domain, the account's
 * permission to have a menu): WeChat's refusal of those is told to the operator as it comes.
 */
final class MenuRules {

    static final int TOP_BUTTONS = 3;
    static final int SUB_BUTTONS = 5;
    static final int TOP_WIDTH = 8;
    static final int TOP_BYTES = 16;
    static final int SUB_WIDTH = 16;
    static final int SUB_BYTES = 60;
    static final int KEY_BYTES = 128;
    static final int URL_BYTES = 1024;
    private static final String KEYS = "faq:问答编号、survey:问卷编号、tickets（我的工单）、volunteer（志愿活动）、subscribe:通知主题";

    /** What the keys may point at. */
    record Targets(Predicate<String> faqExists, Predicate<String> surveyExists, List<String> topics) {
    }

    private final Targets targets;

    MenuRules(Targets targets) {
        this.targets = targets;
    }

    /** The menu trimmed, ready for WeChat. @throws InvalidMenu naming the first problem, in Chinese */
    WechatMenu check(WechatMenu menu) {
        if (menu == null || menu.button().isEmpty()) {
            throw new InvalidMenu("菜单至少要有一个按钮。");
        }
        if (menu.button().size() > TOP_BUTTONS) {
            throw new InvalidMenu("一级菜单最多 " + TOP_BUTTONS + " 个，现在有 " + menu.button().size() + " 个。");
        }
        List<MenuButton> top = new ArrayList<>();
        for (int i = 0; i < menu.button().size(); i++) {
            top.add(topButton(menu.button().get(i), i + 1));
        }
        return new WechatMenu(top);
    }

    private MenuButton topButton(MenuButton b, int position) {
        String name = name(b, "第 " + position + " 个一级菜单");
        if (width(name) > TOP_WIDTH || bytes(name) > TOP_BYTES) {
            throw new InvalidMenu("一级菜单“" + name + "”太长：手机上最多显示 4 个汉字或 8 个字母数字。");
        }
        if (!b.opensList()) {
            return action(b, name);
        }
        if (b.subButtons().size() > SUB_BUTTONS) {
            throw new InvalidMenu("“" + name + "”下的子菜单最多 " + SUB_BUTTONS + " 个，现在有 " + b.subButtons().size() + " 个。");
        }
        List<MenuButton> subs = new ArrayList<>();
        for (int i = 0; i < b.subButtons().size(); i++) {
            MenuButton sub = b.subButtons().get(i);
            String subName = name(sub, "“" + name + "”下第 " + (i + 1) + " 个子菜单");
            if (width(subName) > SUB_WIDTH || bytes(subName) > SUB_BYTES) {
                throw new InvalidMenu("子菜单“" + subName + "”太长：手机上最多显示 8 个汉字或 16 个字母数字。");
            }
            if (sub.opensList()) {
                throw new InvalidMenu("子菜单“" + subName + "”不能再有下一级菜单。");
            }
            subs.add(action(sub, subName));
        }
        return MenuButton.list(name, subs);
    }

    private MenuButton action(MenuButton b, String name) {
        String type = b.type() == null ? "" : b.type().strip();
        return switch (type) {
            case "click" -> MenuButton.click(name, key(b.key(), name));
            case "view" -> MenuButton.view(name, url(b.url(), name));
            case "" -> throw new InvalidMenu("菜单“" + name + "”缺少类型：请选择点击（click）或链接（view），或为它添加子菜单。");
            default -> throw new InvalidMenu("菜单“" + name + "”的类型“" + type + "”不支持：只能是点击（click）或链接（view）。");
        };
    }

    private String key(String raw, String name) {
        String key = raw == null ? "" : raw.strip();
        if (key.isEmpty()) {
            throw new InvalidMenu("点击菜单“" + name + "”缺少 key。可用的 key：" + KEYS + "。");
        }
        if (bytes(key) > KEY_BYTES) {
            throw new InvalidMenu("菜单“" + name + "”的 key 太长：最多 " + KEY_BYTES + " 字节。");
        }
        Optional<MenuKey> parsed = MenuKey.parse(key);
        if (parsed.isEmpty()) {
            throw new InvalidMenu("菜单“" + name + "”的 key“" + key + "”无法识别。可用的 key：" + KEYS + "。");
        }
        MenuKey k = parsed.get();
        switch (k.kind()) {
            case FAQ -> {
                if (!targets.faqExists().test(k.argument())) {
                    throw new InvalidMenu("菜单“" + name + "”指向的问答“" + k.argument() + "”不存在，请检查问答编号。");
                }
            }
            case SURVEY -> {
                if (!targets.surveyExists().test(k.argument())) {
                    throw new InvalidMenu("菜单“" + name + "”指向的问卷“" + k.argument() + "”不存在，请检查问卷编号。");
                }
            }
            case SUBSCRIBE -> {
                if (!targets.topics().contains(k.argument())) {
                    throw new InvalidMenu("菜单“" + name + "”订阅的主题“" + k.argument() + "”不存在。可订阅的主题："
                            + String.join("、", targets.topics()) + "。");
                }
            }
            default -> {
            }
        }
        return k.spelled();
    }

    private static String url(String raw, String name) {
        String url = raw == null ? "" : raw.strip();
        if (!url.matches("(?i)https?://[^\\s/?#]+[^\\s]*")) {
            throw new InvalidMenu("链接菜单“" + name + "”的网址须以 http:// 或 https:// 开头。");
        }
        if (bytes(url) > URL_BYTES) {
            throw new InvalidMenu("链接菜单“" + name + "”的网址太长：最多 " + URL_BYTES + " 字节。");
        }
        return url;
    }

    private static String name(MenuButton b, String which) {
        String name = b.name() == null ? "" : b.name().strip();
        if (name.isEmpty()) {
            throw new InvalidMenu(which + "没有名称。");
        }
        return name;
    }

    /** How wide the phone draws it: a Chinese (or other full-width) character counts 2, a letter or digit 1. */
    static int width(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += cp < 0x1100 || (cp >= 0xFF61 && cp <= 0xFFDC) ? 1 : 2;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
