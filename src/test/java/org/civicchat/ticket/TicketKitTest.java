package org.civicchat.ticket;

import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Ticket tests on plain objects: one real redis-server per class, emptied and given a fresh kit per test. */
abstract class TicketKitTest {

    static TestRedis redis;
    @TempDir
    Path dataDir;
    TicketKit kit;

    @BeforeAll
    static void startRedis() {
        redis = new TestRedis();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void setUpKit() {
        redis.client().flushAll();
        kit = new TicketKit(redis.client(), dataDir);
    }
}
