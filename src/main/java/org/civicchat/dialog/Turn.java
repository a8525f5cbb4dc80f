package org.civicchat.dialog;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One message's hold on Redis between the begin and the end script (see {@link ReplyStore}): its
 * de-duplication key, the resident's lock token, the session hash as the begin script read it, and the slot
 * changes the handlers made since, which the end script writes. While a turn is bound to the handler thread
 * ({@link SessionStore#bind}) the handlers read and write the session here, without a round trip. Also
 * settles who stores the reply: the handler when it finishes in time, or the request thread that gave up
 * waiting ({@link #giveUp}) and answered "success".
 */
final class Turn {

    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int LATE = 2;

    private final String openid;
    private final String dedupKey;
    private final String token = UUID.randomUUID().toString();
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private volatile boolean locked;
    private final Map<String, String> session = new HashMap<>();
    /** Slot changes in the order made; a null value deletes the slot. */
    private final Map<String, String> changes = new LinkedHashMap<>();

    Turn(String openid, String dedupKey) {
        this.openid = openid;
        this.dedupKey = dedupKey;
    }

    String openid() {
        return openid;
    }

    String dedupKey() {
        return dedupKey;
    }

    String token() {
        return token;
    }

    boolean locked() {
        return locked;
    }

    /** What the begin (or relock) script found: whether it holds the lock, and the session hash then. */
    void begun(boolean locked, Map<String, String> fields) {
        this.locked = locked;
        synchronized (this) {
            session.clear();
            session.putAll(fields);
            changes.forEach(this::apply);
        }
    }

    synchronized String slot(String name) {
        return session.get(name);
    }

    synchronized Map<String, String> slots() {
        return Map.copyOf(session);
    }

    /** Sets a slot (null clears it), for the end script to write. */
    synchronized void slot(String name, String value) {
        changes.put(name, value);
        apply(name, value);
    }

    private void apply(String name, String value) {
        if (value == null) {
            session.remove(name);
        } else {
            session.put(name, value);
        }
    }

    synchronized Map<String, String> changes() {
        return new LinkedHashMap<>(changes);
    }

    /** The handler finished: true when the reply is its to store (the request thread is still waiting). */
    boolean finishInTime() {
        return state.compareAndSet(RUNNING, FINISHED);
    }

    /** The request thread stops waiting: true when the handler had not finished (its reply will come late). */
    boolean giveUp() {
        return state.compareAndSet(RUNNING, LATE);
    }
}
