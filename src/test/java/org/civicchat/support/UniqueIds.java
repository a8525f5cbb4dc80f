package org.civicchat.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names and numbers that no other test in the same JVM (which shares one app and one Redis) can also draw:
 * account names from UUIDs, house numbers from one counter.
 */
public final class UniqueIds {

    private static final AtomicInteger HOUSE_NUMBERS = new AtomicInteger(1000);

    private UniqueIds() {
    }

    /** Ten lower-case hex characters of a random UUID, for account names, survey ids and residents. */
    public static String name() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A house number no other test of this JVM uses, so two complaints never look like one place. */
    public static int houseNumber() {
        return HOUSE_NUMBERS.incrementAndGet();
    }

    /** A random start for WeChat MsgIds, so a rerun on kept test data never meets an old id. */
    public static long messageIdBase() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }
}
