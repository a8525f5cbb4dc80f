package org.civicchat.menu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Menus the office writes: what WeChat and the phone would refuse or cut, refused first with a Chinese reason. */
class MenuRulesTest {

    static final MenuRules RULES = new MenuRules(new MenuRules.Targets(Set.of("garbage-sorting")::contains,
            Set.of("awareness-2026")::contains, List.of("志愿活动", "测评提醒")));

    static MenuButton click(String name, String key) {
        return MenuButton.click(name, key);
    }

    static WechatMenu menu(MenuButton... buttons) {
        return new WechatMenu(List.of(buttons));
    }

    static Stream<Arguments> badMenus() {
        return Stream.of(
                Arguments.of(menu(), "菜单至少要有一个按钮。"),
                Arguments.of(menu(click("一", "tickets"), click("二", "tickets"), click("三", "tickets"),
                        click("四", "tickets")), "一级菜单最多 3 个，现在有 4 个。"),
                Arguments.of(menu(MenuButton.list("居民服务", List.of(click("1", "tickets"), click("2", "tickets"),
                        click("3", "tickets"), click("4", "tickets"), click("5", "tickets"), click("6", "tickets")))),
                        "“居民服务”下的子菜单最多 5 个，现在有 6 个。"),
                Arguments.of(menu(click("我要查工单", "tickets")), "一级菜单“我要查工单”太长：手机上最多显示 4 个汉字或 8 个字母数字。"),
                Arguments.of(menu(click("Services", "tickets"), click("ServicesX", "tickets")),
                        "一级菜单“ServicesX”太长：手机上最多显示 4 个汉字或 8 个字母数字。"),
                Arguments.of(menu(MenuButton.list("服务", List.of(click("查看我的全部工单进度", "tickets")))),
                        "子菜单“查看我的全部工单进度”太长：手机上最多显示 8 个汉字或 16 个字母数字。"),
                Arguments.of(menu(click("  ", "tickets")), "第 1 个一级菜单没有名称。"),
                Arguments.of(menu(click("工单", "orders")),
                        "菜单“工单”的 key“orders”无法识别。可用的 key：faq:问答编号、survey:问卷编号、tickets（我的工单）、volunteer（志愿活动）、subscribe:通知主题。"),
                Arguments.of(menu(click("工单", "")),
                        "点击菜单“工单”缺少 key。可用的 key：faq:问答编号、survey:问卷编号、tickets（我的工单）、volunteer（志愿活动）、subscribe:通知主题。"),
                Arguments.of(menu(click("分类", "faq:no-such-entry")), "菜单“分类”指向的问答“no-such-entry”不存在，请检查问答编号。"),
                Arguments.of(menu(click("问卷", "survey:2019")), "菜单“问卷”指向的问卷“2019”不存在，请检查问卷编号。"),
                Arguments.of(menu(click("订阅", "subscribe:天气")), "菜单“订阅”订阅的主题“天气”不存在。可订阅的主题：志愿活动、测评提醒。"),
                Arguments.of(menu(MenuButton.view("官网", "ftp://example.org/")), "链接菜单“官网”的网址须以 http:// 或 https:// 开头。"),
                Arguments.of(menu(MenuButton.view("官网", "javascript:alert(1)")), "链接菜单“官网”的网址须以 http:// 或 https:// 开头。"),
                Arguments.of(menu(MenuButton.view("官网", "https://")), "链接菜单“官网”的网址须以 http:// 或 https:// 开头。"),
                Arguments.of(menu(new MenuButton("scancode_push", "扫码", "tickets", null, null)),
                        "菜单“扫码”的类型“scancode_push”不支持：只能是点击（click）或链接（view）。"),
                Arguments.of(menu(new MenuButton(null, "空的", null, null, null)),
                        "菜单“空的”缺少类型：请选择点击（click）或链接（view），或为它添加子菜单。"),
                Arguments.of(menu(MenuButton.list("服务", List.of(MenuButton.list("更多", List.of(click("工单", "tickets")))))),
                        "子菜单“更多”不能再有下一级菜单。"));
    }

    @ParameterizedTest
    @MethodSource("badMenus")
    void refusesWhatWechatOrThePhoneWouldNotShowWithAChineseReason(WechatMenu bad, String message) {
        assertThatThrownBy(() -> RULES.check(bad)).isInstanceOf(InvalidMenu.class).hasMessage(message);
    }

    @Test
    void aFullMenuOfEveryKeyPassesTrimmed() {
        WechatMenu menu = menu(
                MenuButton.list(" 办事 ", List.of(click("垃圾分类怎么分", " faq:garbage-sorting "), click("我的工单", "tickets"),
                        click("知晓率问卷", "survey:awareness-2026"), click("订阅志愿活动", "subscribe:志愿活动"),
                        MenuButton.view("区政府网站", " https://www.example.gov.cn/ "))),
                click("志愿活动", "volunteer"),
                MenuButton.view("ABCDEFGH", "http://example.org/a?b=c"));
        WechatMenu checked = RULES.check(menu);
        assertThat(checked.button().get(0).name()).isEqualTo("办事");
        assertThat(checked.button().get(0).subButtons()).extracting(MenuButton::key)
                .containsExactly("faq:garbage-sorting", "tickets", "survey:awareness-2026", "subscribe:志愿活动", null);
        assertThat(checked.button().get(0).subButtons().get(4).url()).isEqualTo("https://www.example.gov.cn/");
        assertThat(checked.button().get(2).url()).isEqualTo("http://example.org/a?b=c");
    }

    @Test
    void widthCountsAChineseCharacterAsTwoAndALetterAsOne() {
        assertThat(MenuRules.width("居民服务")).isEqualTo(8);
        assertThat(MenuRules.width("12345热线")).isEqualTo(9);
        assertThat(MenuRules.width("ＡＢ")).isEqualTo(4);
        assertThat(MenuRules.width("")).isZero();
    }

    @Test
    void keysParseToTheirKindAndArgument() {
        assertThat(MenuKey.parse("faq:garbage-sorting")).contains(new MenuKey(MenuKey.Kind.FAQ, "garbage-sorting"));
        assertThat(MenuKey.parse(" tickets ")).contains(new MenuKey(MenuKey.Kind.TICKETS, ""));
        assertThat(MenuKey.parse("subscribe:志愿活动")).contains(new MenuKey(MenuKey.Kind.SUBSCRIBE, "志愿活动"));
        assertThat(MenuKey.parse("faq:")).isEmpty();
        assertThat(MenuKey.parse("ticketsx")).isEmpty();
        assertThat(MenuKey.parse("topic:志愿活动")).isEmpty();
        assertThat(MenuKey.parse(null)).isEmpty();
    }
}
