package org.civicchat.faq;

import java.nio.file.Path;

/** FAQ or seed content that cannot be read or is invalid; names the file and what is wrong. */
public final class FaqContentException extends RuntimeException {

    private final Path file;

    public FaqContentException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public FaqContentException(Path file, String problem) {
        this(file, problem, null);
    }

    public Path file() {
        return file;
    }
}
