package org.civicchat.dialog;

import org.civicchat.nlp.TextNormalizer;
import org.civicchat.ticket.IllegalTransition;
import org.civicchat.ticket.InvalidTicketRequest;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketNotFound;
import org.civicchat.ticket.TicketNumbers;
import org.civicchat.ticket.handler.HandlerDesk;
import org.civicchat.ticket.handler.HandlerIdentity;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What grid workers and department handlers type in the chat: "绑定 123456" (the code from the console),
 * then "我的待办", "受理 WM…", "办结 WM… 处理说明"; a photo they send becomes the next 办结's after-photo.
 * Messages of anyone who is not a bound handler pass through untouched (except "绑定 + six digits").
 */
@Component
class HandlerCommands {

    /** Only texts that start like a handler command cost the binding lookup, so residents' messages skip it. */
    private static final Pattern HANDLER_WORDS = Pattern.compile("^(?:我的待办|待办|受理|接单|办结|已办结)");
    private static final Pattern BIND = Pattern.compile("^绑定\\s*(\\d{6})$");
    private static final Pattern ACCEPT = Pattern.compile("^(?:受理|接单)\\s*(.+)$");
    private static final Pattern RESOLVE = Pattern.compile("^(?:办结|已办结)\\s*(wm\\s*\\d{8}\\s*-?\\s*\\d{1,4})\\s*(.*)$");

    static final String NOT_A_HANDLER = "“受理”“办结”“我的待办”是处理人员的指令，需要先绑定：请在管理后台获取绑定码，"
            + "再发送“绑定 六位数字”。如果您想查看自己反映的问题，请发送“我的工单”或“查询 工单号”。";

    private final HandlerDesk desk;

    HandlerCommands(HandlerDesk desk) {
        this.desk = desk;
    }

    Optional<Reply> onText(Inbound message) {
        String text = TextNormalizer.normalize(message.text());
        Matcher bind = BIND.matcher(text);
        if (bind.matches()) {
            return Optional.of(bind(message.openid(), bind.group(1)));
        }
        if (!HANDLER_WORDS.matcher(text).lookingAt()) {
            return Optional.empty();
        }
        Optional<HandlerIdentity> handler = handlerOf(message.openid());
        if (handler.isEmpty()) {
            return notAHandler(text);
        }
        HandlerIdentity who = handler.get();
        if (text.equals("我的待办") || text.equals("待办")) {
            return Optional.of(todo(who));
        }
        Matcher resolve = RESOLVE.matcher(text);
        if (resolve.matches()) {
            String note = message.text().replaceFirst("^\\s*\\S+\\s*\\S*?(?i:wm)\\s*\\d{8}\\s*-?\\s*\\d{1,4}\\s*", "").trim();
            return Optional.of(act(() -> resolved(desk.resolve(message.openid(), who, number(resolve.group(1)),
                    note.isEmpty() ? null : note))));
        }
        Matcher accept = ACCEPT.matcher(text);
        if (accept.matches() && TicketNumbers.find(accept.group(1)).isPresent()) {
            return Optional.of(act(() -> accepted(desk.accept(who, TicketNumbers.find(accept.group(1)).get()))));
        }
        return Optional.empty();
    }

    /** A handler command from someone whose WeChat is not bound to a handler's account is explained. */
    private static Optional<Reply> notAHandler(String text) {
        boolean command = text.equals("我的待办") || text.equals("待办") || RESOLVE.matcher(text).matches()
                || (ACCEPT.matcher(text).matches() && TicketNumbers.find(text).isPresent());
        return command ? Optional.of(Reply.text(NOT_A_HANDLER)) : Optional.empty();
    }

    Optional<Reply> onPhoto(Inbound message) {
        if (message.mediaId() == null || handlerOf(message.openid()).isEmpty()) {
            return Optional.empty();
        }
        desk.rememberPhoto(message.openid(), message.mediaId());
        return Optional.of(Reply.text("已收到照片。发送“办结 工单号 处理说明”，这张照片会作为处理后的照片附上。"));
    }

    /** Residents' messages must not depend on this lookup: while Redis is down nobody is a handler. */
    private Optional<HandlerIdentity> handlerOf(String openid) {
        try {
            return desk.handlerOf(openid);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Reply bind(String openid, String code) {
        return desk.bind(openid, code)
                .map(who -> Reply.text("绑定成功：您的微信已关联账号 " + who.staff()
                        + "。有新派单时会在这里通知您；发送“我的待办”查看待办工单。"))
                .orElseGet(() -> Reply.text("绑定码无效或已过期，请在管理后台重新获取（15分钟内有效）。"));
    }

    private Reply todo(HandlerIdentity who) {
        List<Ticket> open = desk.todo(who, 5);
        if (open.isEmpty()) {
            return Reply.text("目前没有待办工单。");
        }
        StringBuilder out = new StringBuilder("待办工单（最新" + open.size() + "件）：");
        open.forEach(t -> out.append("\n").append(t.number()).append("｜").append(t.status().label())
                .append("｜").append(t.categoryName()).append(t.location() == null ? "" : "｜" + t.location()));
        return Reply.text(out.append("\n回复“受理 工单号”接单。").toString());
    }

    private static Reply accepted(Ticket t) {
        return Reply.text("已接单：" + t.number() + "（" + t.status().label() + "）。处理完成后先发一张现场照片，再回复“办结 "
                + t.number() + " 处理说明”。");
    }

    private static Reply resolved(Ticket t) {
        return Reply.text("已办结：" + t.number() + "。系统已通知反映人，并请其评价处理结果。");
    }

    private static Reply act(java.util.function.Supplier<Reply> action) {
        try {
            return action.get();
        } catch (TicketNotFound e) {
            return Reply.text("没有找到这张工单，或它不归您的部门办理。");
        } catch (IllegalTransition e) {
            return Reply.text("这张工单当前是“" + e.from().label() + "”，不能这样操作。");
        } catch (InvalidTicketRequest e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            if (why.contains("photo")) {
                return Reply.text("这类问题办结时需要附处理后的照片：请先发一张现场照片，再回复“办结 工单号 处理说明”。");
            }
            if (why.contains("note")) {
                return Reply.text("请在“办结 工单号”后面写上处理说明，例如：办结 WM20261125-0007 路灯已更换。");
            }
            return Reply.text("这个操作没能完成，请稍后再试或在管理后台处理。");
        }
    }

    private static String number(String typed) {
        return TicketNumbers.find(typed).orElse(typed);
    }
}
