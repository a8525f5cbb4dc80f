package org.civicchat.dialog;

import org.civicchat.shared.ResidentEvents;
import io.micrometer.core.instrument.MeterRegistry;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Chooses what handles a message. The routing table, specific to general:
 * <ol>
 *   <li>events: subscribe welcomes, unsubscribe is recorded, menu CLICKs go to their feature ({@link MenuClicks}),
 *       the rest are quiet;</li>
 *   <li>danger to people ({@link Emergencies}) gets the emergency number first, whatever flow is open;</li>
 *   <li>open flows take the message only when it fits what they expect: "更多", a FAQ choice, a survey answer,
 *       the 1/2 of a draft's confirmation;</li>
 *   <li>commands (handler, survey, topic, ticket, 取消/直接提交 in a draft);</li>
 *   <li>the waiting draft takes a place, a description, a photo or a location when it fits;</li>
 *   <li>a photo, location or more words right after filing go to that ticket;</li>
 *   <li>a survey on screen says it could not read an answer that is no other business;</li>
 *   <li>text by small talk, status questions and then intent; photos and locations start a draft;</li>
 *   <li>anything else gets a polite sentence, never silence.</li>
 * </ol>
 * A reply about something else while a draft or a survey waits ends with one line about what it still
 * needs (or the survey question again).
 */
@Component
class DialogRouter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DialogRouter.class);

    private static final long LOCK_RETRY_MILLIS = 20;

    private final SessionStore sessions;
    private final ReplyStore replies;
    private final Understanding understanding;
    private final FaqConversation faq;
    private final ComplaintConversation complaints;
    private final AfterFiling afterFiling;
    private final SurveyConversation surveys;
    private final VolunteerConversation volunteers;
    private final HandlerCommands handlers;
    private final MenuClicks menuClicks;
    private final SmallTalkReplies smallTalk;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final long lockWaitMillis;

    DialogRouter(SessionStore sessions, ReplyStore replies, Understanding understanding, FaqConversation faq, ComplaintConversation complaints,
                 AfterFiling afterFiling, SurveyConversation surveys, VolunteerConversation volunteers,
                 HandlerCommands handlers, MenuClicks menuClicks,
                 SmallTalkReplies smallTalk, ApplicationEventPublisher events, MeterRegistry meters,
                 DialogSettings settings) {
        this.sessions = sessions;
        this.replies = replies;
        this.understanding = understanding;
        this.faq = faq;
        this.complaints = complaints;
        this.afterFiling = afterFiling;
        this.surveys = surveys;
        this.volunteers = volunteers;
        this.handlers = handlers;
        this.menuClicks = menuClicks;
        this.smallTalk = smallTalk;
        this.events = events;
        this.meters = meters;
        this.lockWaitMillis = settings.sessionLockWait().toMillis();
    }

    /**
     * Routes one message. With a {@link Turn} (the usual case) the begin script already took the resident's lock,
     * read the session and recorded the notice window, and the end script releases; a turn whose lock was busy
     * (another message of the resident in flight) waits for it here. Without a turn (Redis unreachable when the
     * message began) the lock and the window are tried the slow way, each on its own.
     */
    Reply route(Inbound message, Turn turn) {
        if (turn != null) {
            if (!turn.locked()) {
                waitForLock(turn);
            }
            return LongReplies.fit(message.openid(), Replies.withoutRepeats(dispatch(message, false)), sessions);
        }
        Lock lock = sessions.lockFor(message.openid());
        boolean locked = tryLock(lock);
        try {
            return LongReplies.fit(message.openid(), Replies.withoutRepeats(dispatch(message, true)), sessions);
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    /** Waits (bounded) for the resident's lock; on time-out the message goes on unlocked, as it always has. */
    private void waitForLock(Turn turn) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(lockWaitMillis);
        try {
            while (!replies.relock(turn)) {
                if (System.nanoTime() >= until) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(LOCK_RETRY_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not take a resident's session lock: {}", e.toString());
        }
    }

    private Reply dispatch(Inbound message, boolean announceMessage) {
        if (message.kind() == MessageKind.EVENT) {
            return onEvent(message);
        }
        if (announceMessage) {
            announce(new ResidentEvents.ResidentMessaged(message.openid(), message.createTime()));
        }
        Understanding.Understood understood = understand(message);
        Analysis analysis = understood == null ? null : understood.analysis();
        SessionStore.Session session = sessions.read(message.openid());
        Optional<Emergencies.Emergency> danger = hasText(message) ? Emergencies.read(message.text()) : Optional.empty();
        if (danger.isPresent()) {
            return count(message, "emergency", complaints.onEmergency(message, analysis, danger.get()));
        }
        Optional<Reply> claimed = claimByFlow(message, analysis, session);
        if (claimed.isPresent()) {
            return count(message, "flow", claimed.get());
        }
        Optional<Reply> command = commands(message, session.draft() != null);
        if (command.isPresent()) {
            return withReminders(message, count(message, "command", command.get()), session);
        }
        claimed = claimByDraft(message, analysis, session);
        if (claimed.isPresent()) {
            return count(message, "flow", claimed.get());
        }
        Reply reply = switch (message.kind()) {
            case TEXT, VOICE -> analysis == null
                    ? count(message, "empty", Reply.text(Replies.EMPTY_TEXT))
                    : onText(message, understood, session);
            case IMAGE -> count(message, "photo", handlers.onPhoto(message).orElseGet(() -> complaints.onPhoto(message)));
            case LOCATION -> count(message, "location", complaints.onLocation(message));
            case LINK -> count(message, "link", Reply.text(Replies.LINK));
            default -> count(message, "unsupported", Reply.text(Replies.UNSUPPORTED));
        };
        if (worthKeepingForStaff(message, analysis)) {
            sessions.rememberLast(message.openid(), message.text());
        }
        return withReminders(message, reply, session);
    }

    /** The one place the router reads a text; the understanding's readings arrive here. */
    private Understanding.Understood understand(Inbound message) {
        return hasText(message) ? understanding.understand(message.text()) : null;
    }

    /** Open flows ("更多", a FAQ choice, a survey answer, a draft's 1/2), each only when the message fits it. */
    private Optional<Reply> claimByFlow(Inbound message, Analysis analysis, SessionStore.Session session) {
        SessionStore.OpenFlow flow = session.flow();
        boolean surveyOpen = flow != null && SurveyConversation.FLOW.equals(flow.name());
        if (flow != null && !surveyOpen) {
            Optional<Reply> r = switch (flow.name()) {
                case LongReplies.FLOW -> LongReplies.continueFlow(message, flow, sessions);
                case FaqConversation.FLOW -> faq.continueFlow(message, flow);
                case FaqConversation.RULE_OR_REPORT_FLOW -> faq.continueRuleOrReport(message, flow, complaints);
                case VolunteerConversation.FLOW -> volunteers.continueFlow(message, flow, analysis);
                default -> Optional.empty();
            };
            if (r.isPresent()) {
                return r;
            }
        }
        if (surveyOpen && (hasText(message) || session.draft() == null)) {
            Optional<Reply> r = surveys.continueFlow(message, flow, otherBusiness(message, analysis));
            if (r.isPresent()) {
                return r;
            }
        }
        Optional<Reply> confirmed = complaints.continueConfirmation(message, session.draft());
        if (confirmed.isPresent()) {
            return confirmed;
        }
        return Optional.empty();
    }

    /** The waiting draft, the ticket just filed, and a survey's "could not read that", each when it fits. */
    private Optional<Reply> claimByDraft(Inbound message, Analysis analysis, SessionStore.Session session) {
        SessionStore.OpenFlow flow = session.flow();
        boolean surveyOpen = flow != null && SurveyConversation.FLOW.equals(flow.name());
        if (session.draft() != null) {
            Optional<Reply> r = complaints.continueDraft(message, session.draft(), analysis);
            if (r.isPresent()) {
                return r;
            }
        } else {
            Optional<Reply> r = afterFiling.continueTicket(message, session.ticket(), analysis)
                    .or(() -> hasText(message) ? afterFiling.cancelAfterFiling(message, session.ticket()) : Optional.empty());
            if (r.isPresent()) {
                return r;
            }
        }
        if (surveyOpen && hasText(message) && !otherBusiness(message, analysis)) {
            return surveys.notUnderstood(message, flow);
        }
        return Optional.empty();
    }

    private Optional<Reply> commands(Inbound message, boolean inDraft) {
        if (!hasText(message)) {
            return Optional.empty();
        }
        return handlers.onText(message)
                .or(() -> volunteers.onCommand(message))
                .or(() -> surveys.onCommand(message))
                .or(() -> complaints.onCommand(message, inDraft))
                .or(() -> surveys.resume(message))
                .or(() -> volunteers.onNumber(message));
    }

    /** What "人工" hands to staff as the resident's last question: not a greeting, thanks or other small talk. */
    private static boolean worthKeepingForStaff(Inbound message, Analysis analysis) {
        return hasText(message) && analysis != null && analysis.intent() != Intent.GREETING
                && SmallTalk.read(message.text()).isEmpty();
    }

    /** A message that is plainly about something else than the answer a flow waits for. */
    private static boolean otherBusiness(Inbound message, Analysis analysis) {
        if (!hasText(message) || analysis == null) {
            return false;
        }
        String folded = PlaceReading.fold(message.text());
        return SmallTalk.read(message.text()).isPresent() || CancelWords.matches(message.text())
                || StatusQuestions.asks(message.text(), false)
                || analysis.intent() == Intent.GREETING || analysis.intent() == Intent.TICKET_QUERY
                || analysis.intent() == Intent.COMPLAINT
                || (analysis.intent() == Intent.FAQ && (PlaceReading.isQuestion(folded) || analysis.questionForm()));
    }

    private Reply withReminders(Inbound message, Reply reply, SessionStore.Session before) {
        if (reply.isEmpty()) {
            return reply;
        }
        StringBuilder text = new StringBuilder(reply.text());
        SessionStore.Session now = sessions.read(message.openid());
        boolean draftWaitedBefore = before.draft() != null;
        if (draftWaitedBefore && now.draft() != null && !reply.text().contains("还差") && !reply.text().contains("请问具体在什么位置")) {
            complaints.reminder(message.openid(), now.draft()).ifPresent(line -> text.append('\n').append(line));
        }
        if (now.flow() != null && SurveyConversation.FLOW.equals(now.flow().name()) && before.flow() != null
                && SurveyConversation.FLOW.equals(before.flow().name())) {
            surveys.askAgain(message.openid(), now.flow()).ifPresent(q -> text.append("\n\n").append(q));
        }
        return Reply.text(text.toString());
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
            case "click" -> menuClicks.onClick(message);
            default -> Reply.none();
        };
    }

    private Reply onText(Inbound message, Understanding.Understood understood, SessionStore.Session session) {
        Analysis analysis = understood.analysis();
        Optional<SmallTalk.Kind> talk = SmallTalk.read(message.text());
        if (session.handover() && talk.isEmpty()) {
            String kept = smallTalk.keepForStaff(message.openid(), message.text());
            Reply answered = onText(message, understood, withoutHandover(session));
            return Reply.text(answered.text() + kept);
        }
        if (talk.isPresent()) {
            boolean waits = session.draft() != null || (session.flow() != null
                    && SurveyConversation.FLOW.equals(session.flow().name()));
            return count(message, "smalltalk", smallTalk.reply(talk.get(), message.openid(), session.last(), waits));
        }
        if (CancelWords.matches(message.text())) {
            return count(message, "smalltalk", Reply.text(TicketReplies.NOTHING_TO_CANCEL));
        }
        if (StatusQuestions.asks(message.text(), false)
                && (analysis.intent() != Intent.FAQ || StatusQuestions.aboutAReport(message.text()))) {
            Optional<Reply> status = complaints.onStatusQuestion(message, analysis);
            if (status.isPresent()) {
                return count(message, Intent.TICKET_QUERY.id(), status.get());
            }
        }
        if (understood.ambiguous()) {
            return count(message, "ambiguous", faq.askRuleOrReport(message));
        }
        Reply reply = switch (analysis.intent()) {
            case GREETING -> Reply.text(Replies.GREETING);
            case COMPLAINT -> complaints.onComplaint(message, analysis);
            case TICKET_QUERY -> complaints.onTicketQuery(message, analysis);
            case SURVEY -> surveys.startSurvey(message, null);
            case FAQ, OTHER -> faq.onQuestion(message, understood);
        };
        return count(message, analysis.intent().id(), reply);
    }

    private static SessionStore.Session withoutHandover(SessionStore.Session s) {
        return new SessionStore.Session(s.flow(), s.draft(), s.ticket(), s.last(), false);
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
