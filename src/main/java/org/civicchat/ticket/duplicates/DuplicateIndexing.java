package org.civicchat.ticket.duplicates;

import org.civicchat.ticket.TicketFiled;
import org.civicchat.ticket.TicketStatusChanged;
import org.civicchat.ticket.TicketStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps the duplicate index to the open tickets: reopened ones in, closed ones out, and a rebuild from Redis.
 * A new ticket is indexed by the filing itself, from the fields it stored (no read back).
 */
@Component
public class DuplicateIndexing {

    private static final int CHUNK = 500;

    private final DuplicateFinder finder;
    private final TicketStore store;

    public DuplicateIndexing(DuplicateFinder finder, TicketStore store) {
        this.finder = finder;
        this.store = store;
    }

    @EventListener
    public void on(TicketStatusChanged e) {
        if (e.to().open()) {
            store.read(e.number()).ifPresent(s -> finder.index(s.fields()));
        } else {
            finder.remove(e.number());
        }
    }

    public void rebuild() {
        List<String> open = store.openNumbers();
        List<Map<String, String>> fields = new ArrayList<>(open.size());
        for (int i = 0; i < open.size(); i += CHUNK) {
            store.readAll(open.subList(i, Math.min(open.size(), i + CHUNK))).forEach(s -> fields.add(s.fields()));
        }
        finder.rebuild(fields);
    }
}
