package org.civicchat.dialog;

import io.micrometer.core.instrument.MeterRegistry;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.NlpService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Chooses what handles a message. The routing table, specific to general:
 * <ol>
 *   <li>events: subscribe welcomes, unsubscribe is recorded, menu CLICKs go to their feature, the rest are quiet;</li>
 *   <li>an open flow (a FAQ clarification, a survey, a complaint draft) gets the resident's next message;</li>
 *   <li>text and recognised voice go by intent;</li>
 *   <li>photos and locations go to the complaint draft;</li>
 *   <li>anything else gets a polite sentence, never silence.</li>
 * </ol>
 */
@Component
class DialogRouter {

    private final SessionStore sessions;
    private final NlpService nlp;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final long lockWaitMillis;

    DialogRouter(SessionStore sessions, NlpService nlp, ApplicationEventPublisher events, MeterRegistry meters,
                 DialogSettings settings) {
        this.sessions = sessions;
        this.nlp = nlp;
        this.events = events;
        this.meters = meters;
        this.lockWaitMillis = settings.sessionLockWait().toMillis();
    }

    Reply route(Inbound message) {
        Lock lock = sessions.lockFor(message.openid());
        boolean locked = tryLock(lock);
        try {
            return dispatch(message);
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    private Reply dispatch(Inbound message) {
        if (message.kind() == MessageKind.EVENT) {
            return onEvent(message);
        }
        events.publishEvent(new ResidentEvents.ResidentMessaged(message.openid(), message.createTime()));
        return switch (message.kind()) {
            case TEXT, VOICE -> onText(message);
            case IMAGE -> count(message, "photo", Reply.text("收到您的照片。请再发一段文字，说说是什么问题、在哪里。"));
            case LOCATION -> count(message, "location",
                    Reply.text("收到您的位置：" + nullToEmpty(message.label()) + "。请再用文字描述一下问题。"));
            case LINK -> count(message, "link", Reply.text(Replies.LINK));
            default -> count(message, "unsupported", Reply.text(Replies.UNSUPPORTED));
        };
    }

    private Reply onEvent(Inbound message) {
        String event = message.event() == null ? "" : message.event().toLowerCase(java.util.Locale.ROOT);
        meters.counter("civicchat.messages", "kind", "event", "intent", event).increment();
        return switch (event) {
            case "subscribe" -> {
                events.publishEvent(new ResidentEvents.ResidentSubscribed(message.openid(), message.createTime()));
                yield Reply.text(Replies.WELCOME);
            }
            case "unsubscribe" -> {
                events.publishEvent(new ResidentEvents.ResidentUnsubscribed(message.openid(), message.createTime()));
                yield Reply.none();
            }
            case "click" -> Reply.text("您点击了菜单：" + nullToEmpty(message.eventKey()));
            default -> Reply.none();
        };
    }

    private Reply onText(Inbound message) {
        String text = message.text();
        if (text == null || text.isBlank()) {
            return count(message, "empty", Reply.text(Replies.EMPTY_TEXT));
        }
        Analysis analysis = nlp.analyze(text);
        String intent = analysis.intent().id();
        Reply reply = switch (analysis.intent()) {
            case GREETING -> Reply.text(Replies.GREETING);
            case OTHER -> Reply.text(Replies.OTHER);
            default -> Reply.text("我们理解您的意思是：" + intent + "。相关服务即将上线。");
        };
        return count(message, intent, reply);
    }

    private Reply count(Inbound message, String intent, Reply reply) {
        meters.counter("civicchat.messages", "kind", message.kind().id(), "intent", intent).increment();
        return reply;
    }

    private boolean tryLock(Lock lock) {
        try {
            return lock.tryLock(lockWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
