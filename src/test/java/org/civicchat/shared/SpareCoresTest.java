package org.civicchat.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class SpareCoresTest {

    @Test
    void aSpareCoreRunsTheWorkAndGivesItsResult() {
        Optional<CompletableFuture<String>> started = SpareCores.trySupply(() -> "答案");

        assertThat(started).isPresent();
        assertThat(started.get().join()).isEqualTo("答案");
    }

    @Test
    void whenEverySpareCoreIsBusyTheWorkIsNotQueuedBehindOthers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> busy = new ArrayList<>();
        try {
            for (int i = 0; i < 256; i++) {
                Optional<CompletableFuture<Boolean>> taken = SpareCores.trySupply(() -> awaitQuietly(release));
                if (taken.isEmpty()) {
                    break;
                }
                busy.add(taken.get());
            }

            assertThat(busy).isNotEmpty().hasSizeLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(SpareCores.trySupply(() -> true)).isEmpty();
        } finally {
            release.countDown();
        }
        busy.forEach(CompletableFuture::join);
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
