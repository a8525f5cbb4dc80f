package org.civicchat.store;

/** Redis could not be reached; callers decide whether to degrade (answer anyway) or refuse honestly. */
public final class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String what, Throwable cause) {
        super("Redis unavailable while trying to " + what, cause);
    }
}
