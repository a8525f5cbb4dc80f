package org.civicchat.dialog;

import org.civicchat.notice.NoticeService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The chat side of notice topics: "订阅志愿活动", "退订志愿活动", "退订" (everything), "我的订阅" / "订阅"
 * (the list). Text that only starts like a command but names no topic gets the list, never a guess.
 */
@Component
class TopicCommands {

    private static final Set<String> LIST = Set.of("我的订阅", "订阅", "订阅列表", "订阅主题", "查看订阅", "通知订阅");
    private static final Set<String> LEAVE_ALL = Set.of("退订", "取消订阅", "全部退订", "退订全部", "取消全部订阅");
    private static final List<String> FOLLOW = List.of("订阅");
    private static final List<String> LEAVE = List.of("取消订阅", "退订");

    private final NoticeService notices;

    TopicCommands(NoticeService notices) {
        this.notices = notices;
    }

    /** {@code text} is already normalised (half-width, trimmed). */
    Optional<Reply> onCommand(String openid, String text) {
        if (LIST.contains(text)) {
            return Optional.of(list(openid));
        }
        if (LEAVE_ALL.contains(text)) {
            notices.unfollowAll(openid);
            return Optional.of(Reply.text("已为您退订全部通知，今后不再向您推送活动通知。想重新订阅时，发送“订阅”查看主题。"));
        }
        for (String verb : LEAVE) {
            if (text.startsWith(verb)) {
                return Optional.of(leave(openid, text.substring(verb.length()).strip()));
            }
        }
        for (String verb : FOLLOW) {
            if (text.startsWith(verb) && text.length() <= verb.length() + 8) {
                return Optional.of(follow(openid, text.substring(verb.length()).strip()));
            }
        }
        return Optional.empty();
    }

    /** Follows the topic these words name; the list when they name none. */
    Reply follow(String openid, String words) {
        Optional<String> topic = notices.topicNamed(words);
        if (topic.isEmpty()) {
            return list(openid);
        }
        String t = topic.get();
        return notices.follow(openid, t)
                ? Reply.text("已为您订阅“" + t + "”，有新通知会第一时间告诉您。发送“退订" + t + "”可随时取消。")
                : Reply.text("您已经订阅了“" + t + "”，有新通知会第一时间告诉您。");
    }

    private Reply leave(String openid, String words) {
        Optional<String> topic = notices.topicNamed(words);
        if (topic.isEmpty()) {
            return list(openid);
        }
        String t = topic.get();
        return notices.unfollow(openid, t)
                ? Reply.text("已为您取消订阅“" + t + "”。发送“订阅" + t + "”可重新订阅。")
                : Reply.text("您没有订阅“" + t + "”。发送“我的订阅”可查看已订阅的主题。");
    }

    private Reply list(String openid) {
        List<String> followed = notices.following(openid);
        StringBuilder text = new StringBuilder("可订阅的通知主题：");
        List<String> topics = notices.topics();
        for (int i = 0; i < topics.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(topics.get(i))
                    .append(followed.contains(topics.get(i)) ? "（已订阅）" : "");
        }
        text.append("\n发送“订阅+主题”订阅，如“订阅志愿活动”；发送“退订+主题”取消，发送“退订”取消全部。");
        return Reply.text(text.toString());
    }
}
