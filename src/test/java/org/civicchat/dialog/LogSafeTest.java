package org.civicchat.dialog;

import org.civicchat.privacy.LogSafe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTest {

    @Test
    void aLoggedTextIsMaskedAndOnOneLine() {
        assertThat(LogSafe.text("我叫张伟\n电话138 1234 5678")).isEqualTo("我叫张* 电话138****5678");
    }

    @Test
    void aLoggedTextIsCutTo200Characters() {
        assertThat(LogSafe.text("<a>".repeat(30_000))).hasSize(201).endsWith("…");
    }

    @Test
    void anOpenidKeepsOnlyItsEnds() {
        assertThat(LogSafe.openid("oAbCdEfGhIjKlMnOpQ9")).isEqualTo("oAbC…OpQ9");
    }
}
