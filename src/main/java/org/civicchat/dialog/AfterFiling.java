package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.privacy.LogSafe;
import org.civicchat.ticket.IllegalTransition;
import org.civicchat.ticket.PhotoLimitReached;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * What a resident sends right after a ticket was filed goes to that ticket: a photo, a WeChat location (its
 * position, not a new draft) or more words about the same problem, within {@code afterFilingWindow}. A
 * photo right after a ticket was shown ("查询 WM…") goes to it too. Questions, commands, thanks and a new
 * problem (another category, or another place) are not additions and pass on. State: the session's
 * {@link SessionStore#TICKET} slot, "filed:&lt;number&gt;:&lt;millis&gt;" or "shown:&lt;number&gt;".
 */
@Component
class AfterFiling {

    private static final Logger log = LoggerFactory.getLogger(AfterFiling.class);
    private static final String FILED = "filed:";
    private static final String SHOWN = "shown:";
    /** The label of a WeChat location sent without one: no place to offer by name. */
    private static final String NO_LABEL = "微信位置";

    private final ResidentTickets tickets;
    private final SessionStore sessions;
    private final Duration window;

    AfterFiling(ResidentTickets tickets, SessionStore sessions, DialogSettings settings) {
        this.tickets = tickets;
        this.sessions = sessions;
        this.window = settings.afterFilingWindow();
    }

    void justFiled(String openid, String number) {
        sessions.slot(openid, SessionStore.TICKET, FILED + number + ":" + System.currentTimeMillis());
    }

    void shown(String openid, String number) {
        sessions.slot(openid, SessionStore.TICKET, SHOWN + number);
    }

    void forget(String openid) {
        try {
            sessions.slot(openid, SessionStore.TICKET, null);
        } catch (RuntimeException e) {
            // it expires with the session
        }
    }

    /** The message as an addition to the ticket just filed or shown; empty when it is something else. */
    Optional<Reply> continueTicket(Inbound message, String state, Analysis analysis) {
        if (state == null) {
            return Optional.empty();
        }
        boolean filed = state.startsWith(FILED);
        String number = filed ? state.substring(FILED.length(), state.lastIndexOf(':')) : state.substring(SHOWN.length());
        boolean recent = filed && withinWindow(state);
        return switch (message.kind()) {
            case IMAGE -> Optional.of(addPhoto(message, number));
            case LOCATION -> recent ? Optional.of(addPosition(message, number)) : Optional.empty();
            case TEXT, VOICE -> recent && analysis != null && isAddition(message, analysis, number)
                    ? Optional.of(addWords(message, number)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The place of the ticket filed within the window, when it has one a resident would recognise. */
    Optional<String> recentPlace(String openid) {
        String state = sessions.slot(openid, SessionStore.TICKET);
        if (state == null || !state.startsWith(FILED) || !withinWindow(state)) {
            return Optional.empty();
        }
        String number = state.substring(FILED.length(), state.lastIndexOf(':'));
        return safely(() -> tickets.findFor(openid, number)).map(Ticket::location)
                .filter(place -> !place.isBlank() && !place.equals(NO_LABEL));
    }

    /** "算了" right after filing: nothing to cancel any more, but it can be withdrawn. */
    Optional<Reply> cancelAfterFiling(Inbound message, String state) {
        if (state == null || !state.startsWith(FILED) || !withinWindow(state) || !CancelWords.matches(message.text())) {
            return Optional.empty();
        }
        String number = state.substring(FILED.length(), state.lastIndexOf(':'));
        return Optional.of(Reply.text(TicketReplies.alreadyFiled(number)));
    }

    private boolean isAddition(Inbound message, Analysis analysis, String number) {
        String text = message.text();
        String s = PlaceReading.fold(text);
        if (DraftReading.placeOnly(text, analysis.location()) && !PlaceReading.isQuestion(s)) {
            return true; // 在老年活动中心北边: where the problem is, said more exactly, whatever words it holds
        }
        if (s.length() < 2 || PlaceReading.isQuestion(s) || SmallTalk.read(text).isPresent() || CancelWords.matches(text)
                || FaqConversation.saysNothingToLookUp(analysis)
                || StatusQuestions.asks(text, true) || TicketCommand.parse(text, false, false).isPresent()
                || analysis.intent() == Intent.FAQ || analysis.intent() == Intent.GREETING
                || analysis.intent() == Intent.SURVEY || analysis.intent() == Intent.TICKET_QUERY) {
            return false;
        }
        if (analysis.intent() != Intent.COMPLAINT) {
            return true;
        }
        // more of the same problem, not a new one: its category (if any) and no other place
        Optional<Ticket> t = safely(() -> tickets.findFor(message.openid(), number));
        if (t.isEmpty()) {
            return false;
        }
        boolean sameCategory = analysis.category() == null || analysis.category().equals(t.get().category());
        boolean samePlace = analysis.location() == null || t.get().location().contains(analysis.location());
        return sameCategory && samePlace;
    }

    private Reply addPhoto(Inbound message, String number) {
        try {
            return Reply.text(TicketReplies.photoAdded(tickets.addPhoto(message.openid(), number, message.mediaId(),
                    message.picUrl())));
        } catch (PhotoLimitReached e) {
            return Reply.text(TicketReplies.PHOTO_LIMIT);
        } catch (TicketNotFound | IllegalTransition e) {
            forget(message.openid());
            return Reply.text(e instanceof TicketNotFound ? TicketReplies.NOT_FOUND : TicketReplies.CANNOT_CHANGE);
        } catch (RuntimeException e) {
            log.error("Photo for a ticket from {} not stored: {}", LogSafe.openid(message.openid()), e.toString());
            return Reply.text(TicketReplies.NOT_SAVED);
        }
    }

    private Reply addPosition(Inbound message, String number) {
        if (message.latitude() == null || message.longitude() == null) {
            return Reply.text(TicketReplies.NOT_SAVED);
        }
        try {
            Ticket t = tickets.addPosition(message.openid(), number, message.label(), message.latitude(), message.longitude());
            return Reply.text(TicketReplies.positionAdded(t, message.label()));
        } catch (TicketNotFound | IllegalTransition e) {
            forget(message.openid());
            return Reply.text(e instanceof TicketNotFound ? TicketReplies.NOT_FOUND : TicketReplies.CANNOT_CHANGE);
        } catch (RuntimeException e) {
            log.error("Position for a ticket from {} not stored: {}", LogSafe.openid(message.openid()), e.toString());
            return Reply.text(TicketReplies.NOT_SAVED);
        }
    }

    private Reply addWords(Inbound message, String number) {
        try {
            return Reply.text(TicketReplies.wordsAdded(tickets.addWords(message.openid(), number, message.text().trim())));
        } catch (TicketNotFound | IllegalTransition e) {
            forget(message.openid());
            return Reply.text(e instanceof TicketNotFound ? TicketReplies.NOT_FOUND : TicketReplies.CANNOT_CHANGE);
        } catch (RuntimeException e) {
            log.error("Words for a ticket from {} not stored: {}", LogSafe.openid(message.openid()), e.toString());
            return Reply.text(TicketReplies.NOT_SAVED);
        }
    }

    private boolean withinWindow(String state) {
        try {
            long at = Long.parseLong(state.substring(state.lastIndexOf(':') + 1));
            return System.currentTimeMillis() - at <= window.toMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static <T> Optional<T> safely(java.util.function.Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
