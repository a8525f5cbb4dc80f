package org.civicchat.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TicketNumbersTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "WM20261125-0007                 | WM20261125-0007",
            "wm20261125-0007                 | WM20261125-0007",
            "WM 20261125 - 0007              | WM20261125-0007",
            "wm2026 1125 0007                | WM20261125-0007",
            "WM202611250007                  | WM20261125-0007",
            "ＷＭ２０２６１１２５－０００７  | WM20261125-0007",
            "查询WM20261125—0007             | WM20261125-0007",
            "我的单号是WM20261125-0007，怎么还没处理 | WM20261125-0007",
            "单号20261125-0007               | WM20261125-0007",
            "WM20261125-0007 3天了还没处理    | WM20261125-0007",
    })
    void ticketNumberIsFoundAndMadeCanonical(String typed, String canonical) {
        assertThat(SharedNlp.analyze(typed).ticketNumber()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我的电话13912345678", "2026年11月25日", "20261125", "WM2026112-0007", "wm20261125-00071",
            "青年路88号"})
    void numbersThatAreNotTicketsAreIgnored(String text) {
        assertThat(SharedNlp.analyze(text).ticketNumber()).isNull();
    }

    @Test
    void bareTicketNumberIsTicketQuery() {
        assertThat(SharedNlp.analyze("wm20261125 0007").intent()).isEqualTo(Intent.TICKET_QUERY);
    }
}
