package org.civicchat.support;

import org.civicchat.ticket.Actor;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The @AppTest data directory outlives a run, and so do its open tickets; a chat test that reports "the lamp
 * at 青年路88号" would otherwise follow last run's ticket. Withdraws every open ticket, through the service,
 * so the duplicate index forgets them too.
 */
public final class OpenTickets {

    private OpenTickets() {
    }

    public static void withdrawAll(StaffTickets tickets) {
        Set<TicketStatus> open = Arrays.stream(TicketStatus.values()).filter(TicketStatus::open).collect(Collectors.toSet());
        while (true) {
            List<Ticket> page = tickets.list(new TicketFilter(open, null, null, null, null, null, false, null, 0,
                    TicketFilter.MAX_SIZE, true)).items();
            if (page.isEmpty()) {
                return;
            }
            for (Ticket t : page) {
                tickets.transition(t.number(), TicketStatus.WITHDRAWN, Actor.staff("test-cleanup"), "测试前清理", null, null);
            }
        }
    }
}
