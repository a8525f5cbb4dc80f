package org.civicchat.ticket;

import org.civicchat.ticket.routing.Routing;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads tickets as public values, naming their categories from the current routing rules. */
@Component
public class TicketReader {

    private final TicketStore store;
    private final Routing routing;

    TicketReader(TicketStore store, Routing routing) {
        this.store = store;
        this.routing = routing;
    }

    public Optional<Ticket> find(String number) {
        if (!TicketNumbers.isCanonical(number)) {
            return Optional.empty();
        }
        return store.read(number).map(this::toTicket);
    }

public Ticket get(String number) {
        return find(number).orElseThrow(() -> new TicketNotFound(number));
    }

    TicketStore.Stored stored(String number) {
        if (!TicketNumbers.isCanonical(number)) {
            throw new TicketNotFound(number);
        }
        return store.read(number).orElseThrow(() -> new TicketNotFound(number));
    }

    List<Ticket> all(List<String> numbers) {
        return store.readAll(numbers).stream().map(this::toTicket).toList();
    }

    public Ticket toTicket(TicketStore.Stored s) {
        return TicketRows.ticket(s.fields(), routing.category(s.fields().get("category")).name(), s.followers(),
                s.photos(), s.overdue());
    }

    /** A ticket the resident filed or follows; anyone else's looks exactly like an unknown number. */
    Optional<Ticket> visibleTo(String openid, String number) {
        return find(number).filter(t -> openid.equals(t.openid()) || store.isFollower(number, openid));
    }
}
