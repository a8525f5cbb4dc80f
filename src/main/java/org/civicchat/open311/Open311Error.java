package org.civicchat.open311;

/** A request the Open311 API refuses: 400 bad input, 403 bad key, 404 unknown request or service. */
class Open311Error extends RuntimeException {

    private final int status;

    Open311Error(int status, String description) {
        super(description);
        this.status = status;
    }

    static Open311Error badRequest(String description) {
        return new Open311Error(400, description);
    }

    static Open311Error forbidden(String description) {
        return new Open311Error(403, description);
    }

    static Open311Error notFound(String description) {
        return new Open311Error(404, description);
    }

    int status() {
        return status;
    }
}
