package org.civicchat.admin;

import org.civicchat.open311.Open311Visibility;
import org.civicchat.ticket.InvalidTicketRequest;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketNotFound;
import org.civicchat.ticket.TicketNumbers;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The office's say over the public Open311 feed: {@code PUT /api/admin/open311/requests/{number}} shows or
 * hides one ticket; {@link Open311Settings#publish} says what is shown by default. The feed asks through
 * {@link Open311Visibility}.
 */
@RestController
class Open311PublicationApi implements Open311Visibility {

    private final StaffTickets tickets;
    private final Open311PublicationStore publication;

    Open311PublicationApi(StaffTickets tickets, Open311PublicationStore publication) {
        this.tickets = tickets;
        this.publication = publication;
    }

    /** An operator shows a ticket on the feed or hides it: {"public": true|false}. */
    @PutMapping("/api/admin/open311/requests/{number}")
    Published publish(@PathVariable String number, @RequestBody Publication body) {
        if (body == null || body.isPublic() == null) {
            throw new InvalidTicketRequest("请说明是否公开：{\"public\": true} 或 {\"public\": false}");
        }
        String n = TicketNumbers.find(number).orElseThrow(() -> new TicketNotFound(number));
        Ticket t = tickets.get(n);
        publication.mark(t.number(), body.isPublic());
        return new Published(t.number(), publication.shown(t.number()));
    }

    /** Open311's own field names: the ticket number as {@code service_request_id}. */
    record Published(@com.fasterxml.jackson.annotation.JsonProperty("service_request_id") String serviceRequestId,
                     @com.fasterxml.jackson.annotation.JsonProperty("public") boolean shown) {
    }

    @Override
    public List<Boolean> shown(List<String> numbers) {
        return publication.shown(numbers);
    }

    record Publication(@com.fasterxml.jackson.annotation.JsonProperty("public") Boolean isPublic) {
    }
}
