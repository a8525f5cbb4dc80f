package org.civicchat.ticket.handler;

import org.civicchat.ticket.Actor;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketNotFound;
import org.civicchat.ticket.TicketStatus;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Handlers (grid workers, department staff) working tickets from WeChat: they bind their openid to their
 * staff account with a one-time code from the console, then accept and resolve their department's tickets in
 * the chat, a photo they send just before 办结 becoming the after-photo.
 */
@Service
public class HandlerDesk {

    static final long CODE_SECONDS = 900;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HandlerBindingStore bindings;
    private final StaffTickets tickets;

    public HandlerDesk(HandlerBindingStore bindings, StaffTickets tickets) {
        this.bindings = bindings;
        this.tickets = tickets;
    }

    /** A six-digit code the handler sends as "绑定 123456" within 15 minutes. */
    public String issueCode(String staff, String department) {
        while (true) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (bindings.saveCode(code, staff, department, CODE_SECONDS)) {
                return code;
            }
        }
    }

    public Optional<HandlerIdentity> bind(String openid, String code) {
        Optional<HandlerIdentity> who = bindings.takeCode(openid, code.trim(), CODE_SECONDS);
        who.ifPresent(identity -> bindings.bind(openid, identity));
        return who;
    }

    public Optional<HandlerIdentity> handlerOf(String openid) {
        return bindings.handlerOf(openid);
    }

    public Optional<String> openidOf(String staff) {
        return bindings.openidOf(staff);
    }

    public void rememberPhoto(String openid, String mediaId) {
        bindings.rememberPhoto(openid, mediaId);
    }

    /** Takes the ticket into work: assigns it to the handler if nobody has it yet, then in_progress. */
    public Ticket accept(HandlerIdentity who, String number) {
        Ticket t = ownTicket(who, number);
        Actor actor = actorOf(who);
        if (EnumSet.of(TicketStatus.SUBMITTED, TicketStatus.ACCEPTED, TicketStatus.REOPENED).contains(t.status())) {
            t = tickets.assign(t.number(), t.department(), t.grid(), who.staff(), actor, "网格员在微信中接单");
        }
        return tickets.transition(t.number(), TicketStatus.IN_PROGRESS, actor, "已接单处理", null, null);
    }

    /** Resolves with the handler's note and, when they sent one, their last photo as the after-photo. */
    public Ticket resolve(String openid, HandlerIdentity who, String number, String note) {
        Ticket t = ownTicket(who, number);
        String photo = bindings.takePhoto(openid).orElse(null);
        return tickets.transition(t.number(), TicketStatus.RESOLVED, actorOf(who), note, null, photo);
    }

    /** The department's open tickets, newest first (at most {@code size}). */
    public List<Ticket> todo(HandlerIdentity who, int size) {
        TicketFilter filter = new TicketFilter(EnumSet.of(TicketStatus.SUBMITTED, TicketStatus.ACCEPTED,
                TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.REOPENED), null, who.department(),
                null, null, null, false, null, 0, size, true);
        return tickets.list(filter).items();
    }

    /** A binding with a department is a handler's; office staff bind without one. */
    private static Actor actorOf(HandlerIdentity who) {
        return who.department() == null ? Actor.staff(who.staff()) : Actor.handler(who.staff());
    }

    private Ticket ownTicket(HandlerIdentity who, String number) {
        Ticket t = tickets.get(number);
        if (who.department() != null && !who.department().equals(t.department())) {
            throw new TicketNotFound(number);
        }
        return t;
    }
}
