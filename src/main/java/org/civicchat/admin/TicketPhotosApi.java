package org.civicchat.admin;

import org.civicchat.ticket.Photo;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/**
 * A photo staff take or pick on the ticket's page (multipart field {@code file}); answers its id, which the
 * resolve form sends as the after-photo. The type is checked by content, not by name.
 */
@RestController
class TicketPhotosApi {

    private final StaffTickets tickets;
    private final TicketsApi api;
    private final StaffScope scope;

    TicketPhotosApi(StaffTickets tickets, TicketsApi api, StaffScope scope) {
        this.tickets = tickets;
        this.api = api;
        this.scope = scope;
    }

    @PostMapping(value = "/api/admin/tickets/{number}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Uploaded> upload(@PathVariable String number, @RequestParam("file") MultipartFile file,
                                    Authentication who) throws IOException {
        Ticket t = api.visible(number, who);
        Photo p = tickets.uploadPhoto(t.number(), scope.actor(who), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Uploaded(p.id(), p.kind(), "/api/admin/tickets/" + t.number() + "/photos/" + p.id()));
    }

    /** @param file where the photo is read back; the resolve form sends {@code id} as the after-photo */
    record Uploaded(String id, String kind, String file) {
    }

    /** A body over the multipart limit is refused before any controller runs: a Chinese 413 for every path. */
    @RestControllerAdvice
    static class TooLarge {

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "照片不能超过 10 MB，请压缩后再上传。");
            p.setProperty("message", "照片不能超过 10 MB，请压缩后再上传。");
            return p;
        }
    }
}
