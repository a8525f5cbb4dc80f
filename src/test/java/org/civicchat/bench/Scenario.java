package org.civicchat.bench;

import org.civicchat.support.Messages;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What simulated residents send, as short sequences of messages, each with a check that its reply makes
 * sense. {@code text} is encrypted text only; {@code full} is the realistic mix.
 */
final class Scenario {

    private static final Pattern TICKET = Pattern.compile("WM\\d{8}-\\d{4}");
    private static final List<String> QUESTIONS = List.of(
            "什么是全国文明典范城市", "垃圾分类分哪几类", "怎么当志愿者", "电动车可以进楼充电吗", "文明养犬要注意什么",
            "反映问题后多久能处理", "怎么查我反映的问题", "光影秀在哪里看", "新时代文明实践站是干什么的", "门前三包是什么意思",
            "闯红灯罚多少", "公众号能做什么", "高空抛物要负什么责任", "网格员是做什么的", "志愿服务时长怎么查");
    private static final List<String> PLACES = List.of("青年路88号", "文化路和解放路交叉口", "人民公园北门", "锦绣家园6号楼",
            "建设路东段", "火车站广场东侧", "和平路菜市场", "滨河公园");
    private static final List<String> PROBLEMS = List.of("的路灯坏了好几天了，晚上很黑", "垃圾桶满了没人清运，味道很大",
            "有人占道摆摊，行人过不去", "井盖松动了，很危险", "人行道上停满了车", "墙上贴满了小广告");

    record Step(String xml, Predicate<String> check, String kind) {
    }

    private Scenario() {
    }

    static List<Step> next(String mix, String openid) {
        if ("text".equals(mix)) {
            return List.of(new Step(Messages.text(openid, pick(QUESTIONS)), reply -> !reply.isBlank(), "faq"));
        }
        int dice = ThreadLocalRandom.current().nextInt(100);
        if (dice < 40) {
            return List.of(new Step(Messages.text(openid, pick(QUESTIONS)), reply -> !reply.isBlank(), "faq"));
        }
        if (dice < 55) {
            return List.of(
                    new Step(Messages.text(openid, pick(PLACES) + pick(PROBLEMS)), Scenario::ticketOrFollow, "complaint"),
                    new Step(Messages.image(openid, "media-" + Messages.nextId()), reply -> !reply.isBlank(), "photo"));
        }
        if (dice < 65) {
            return List.of(
                    new Step(Messages.text(openid, "这边" + pick(PROBLEMS)), reply -> !reply.isBlank(), "complaint-draft"),
                    new Step(Messages.location(openid, 34.75, 113.62, pick(PLACES)), Scenario::ticketOrFollow, "location"));
        }
        if (dice < 75) {
            return List.of(new Step(Messages.text(openid, "我的工单"), reply -> !reply.isBlank(), "ticket-query"));
        }
        if (dice < 85) {
            return List.of(new Step(Messages.text(openid, "问卷"), reply -> !reply.isBlank(), "survey"),
                    new Step(Messages.text(openid, "1"), reply -> !reply.isBlank(), "survey-answer"),
                    new Step(Messages.text(openid, "退出"), reply -> !reply.isBlank(), "survey-pause"));
        }
        if (dice < 95) {
            return List.of(new Step(Messages.event(openid, "subscribe", null), reply -> reply.contains("欢迎"), "subscribe"));
        }
        return List.of(new Step(Messages.text(openid, "你好"), reply -> !reply.isBlank(), "greeting"));
    }

    static boolean ticketOrFollow(String reply) {
        return TICKET.matcher(reply).find() || reply.contains("已有") || reply.contains("已经有");
    }

    private static String pick(List<String> items) {
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }
}
