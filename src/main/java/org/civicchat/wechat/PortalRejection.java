package org.civicchat.wechat;

import org.springframework.http.HttpStatus;

/** A request to the portal refused before anything was processed; carries the HTTP status to answer. */
final class PortalRejection extends RuntimeException {

    private final HttpStatus status;

    PortalRejection(HttpStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    PortalRejection(HttpStatus status, String reason, Throwable cause) {
        super(reason, cause);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
