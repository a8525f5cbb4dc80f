package org.civicchat.dialog;

import io.micrometer.core.instrument.MeterRegistry;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.NlpService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Optional;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DialogRouter.class);

    private final SessionStore sessions;
    private final NlpService nlp;
    private final FaqConversation faq;
    private final ComplaintConversation complaints;
    private final SurveyConversation surveys;
    private final VolunteerConversation volunteers;
    private final HandlerCommands handlers;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final long lockWaitMillis;

    DialogRouter(SessionStore sessions, NlpService nlp, FaqConversation faq, ComplaintConversation complaints,
                 SurveyConversation surveys, VolunteerConversation volunteers, HandlerCommands handlers,
                 ApplicationEventPublisher events, MeterRegistry meters, DialogSettings settings) {
        this.sessions = sessions;
        this.nlp = nlp;
        this.faq = faq;
        this.complaints = complaints;
        this.surveys = surveys;
        this.volunteers = volunteers;
        this.handlers = handlers;
        this.events = events;
        this.meters = meters;
        this.lockWaitMillis = settings.sessionLockWait().toMillis();
    }

    Reply route(Inbound message) {
        Lock lock = sessions.lockFor(message.openid());
        boolean locked = tryLock(lock);
        try {
            return LongReplies.fit(message.openid(), dispatch(message), sessions);
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
        announce(new ResidentEvents.ResidentMessaged(message.openid(), message.createTime()));
        Analysis analysis = hasText(message) ? nlp.analyze(message.text()) : null;
        Optional<Reply> continued = continueOpenFlow(message, analysis);
        if (continued.isPresent()) {
            return count(message, "flow", continued.get());
        }
        return switch (message.kind()) {
            case TEXT, VOICE -> analysis == null
                    ? count(message, "empty", Reply.text(Replies.EMPTY_TEXT))
                    : onText(message, analysis);
            case IMAGE -> count(message, "photo", handlers.onPhoto(message).orElseGet(() -> complaints.onPhoto(message)));
            case LOCATION -> count(message, "location", complaints.onLocation(message));
            case LINK -> count(message, "link", Reply.text(Replies.LINK));
            default -> count(message, "unsupported", Reply.text(Replies.UNSUPPORTED));
        };
    }

    /** An open flow gets the message first; a flow that does not claim it lets it pass to the table. */
    private Optional<Reply> continueOpenFlow(Inbound message, Analysis analysis) {
        Optional<SessionStore.OpenFlow> open = sessions.openFlow(message.openid());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        SessionStore.OpenFlow flow = open.get();
        return switch (flow.name()) {
            case LongReplies.FLOW -> LongReplies.continueFlow(message, flow, sessions);
            case FaqConversation.FLOW -> faq.continueFlow(message, flow);
            case ComplaintConversation.FLOW -> complaints.continueFlow(message, flow, analysis);
            case SurveyConversation.FLOW -> surveys.continueFlow(message, flow);
            case VolunteerConversation.FLOW -> volunteers.continueFlow(message, flow, analysis);
            default -> Optional.empty();
        };
    }

    private Reply onEvent(Inbound message) {
        String event = EventNames.known(message.event());
        meters.counter("civicchat.messages", "kind", "event", "intent", event).increment();
        events.publishEvent(new ResidentEvents.MessageHandled("event", event, System.currentTimeMillis()));
        return switch (event) {
            case "subscribe" -> {
                announce(new ResidentEvents.ResidentSubscribed(message.openid(), message.createTime()));
                yield Reply.text(Replies.WELCOME);
            }
            case "unsubscribe" -> {
                announce(new ResidentEvents.ResidentUnsubscribed(message.openid(), message.createTime()));
                yield Reply.none();
            }
            case "click" -> volunteers.onMenuClick(message).or(() -> surveys.onMenuClick(message))
                    .orElseGet(() -> Reply.text(Replies.WELCOME));
            default -> Reply.none();
        };
    }

    private Reply onText(Inbound message, Analysis analysis) {
        Optional<Reply> handlerCommand = handlers.onText(message);
        if (handlerCommand.isPresent()) {
            return count(message, "handler", handlerCommand.get());
        }
        Optional<Reply> command = volunteers.onCommand(message);
        if (command.isEmpty()) {
            command = surveys.onCommand(message);
        }
        if (command.isEmpty()) {
            command = complaints.onCommand(message);
        }
        if (command.isPresent()) {
            return count(message, "command", command.get());
        }
        Reply reply = switch (analysis.intent()) {
            case GREETING -> Reply.text(Replies.GREETING);
            case COMPLAINT -> complaints.onComplaint(message, analysis);
            case TICKET_QUERY -> complaints.onTicketQuery(message, analysis);
            case SURVEY -> surveys.startSurvey(message, null);
            case FAQ, OTHER -> faq.onQuestion(message, analysis);
        };
        return count(message, analysis.intent().id(), reply);
    }

    /** What residents did is news for other features; their trouble recording it never costs the reply. */
    private void announce(Object event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.warn("A listener failed on {}: {}", event.getClass().getSimpleName(), e.toString());
        }
    }

    private Reply count(Inbound message, String intent, Reply reply) {
        meters.counter("civicchat.messages", "kind", message.kind().id(), "intent", intent).increment();
        events.publishEvent(new ResidentEvents.MessageHandled(message.kind().id(), intent, System.currentTimeMillis()));
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

    private static boolean hasText(Inbound message) {
        return message.text() != null && !message.text().isBlank();
    }
}
