package org.civicchat.dialog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TicketCommandTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "我的工单                          | MY_TICKETS   | -               | -",
            "查看我的工单。                    | MY_TICKETS   | -               | -",
            "查询 WM20261125-0007              | QUERY        | WM20261125-0007 | -",
            "查询WM20261125-0007               | QUERY        | WM20261125-0007 | -",
            "wm20261125-0007                   | QUERY        | WM20261125-0007 | -",
            "WM20261125 0007                   | QUERY        | WM20261125-0007 | -",
            "ＷＭ２０２６１１２５－０００７    | QUERY        | WM20261125-0007 | -",
            "　wm 20261125-0007？              | QUERY        | WM20261125-0007 | -",
            "补充 WM20261125-0007 晚上更严重   | ADD          | WM20261125-0007 | 晚上更严重",
            "补充WM20261125-0007：还有异味     | ADD          | WM20261125-0007 | 还有异味",
            "撤回 wm20261125-0007              | WITHDRAW     | WM20261125-0007 | -",
            "直接提交                          | FILE_NOW     | -               | -",
            "就这样                            | FILE_NOW     | -               | -",
            "取消                              | CANCEL_DRAFT | -               | -",
            "不满意                            | RATE         | -               | 3",
            "２                                | RATE         | -               | 2",
    })
    void readsWhatResidentsType(String text, TicketCommand.Kind kind, String number, String rest) {
        TicketCommand c = TicketCommand.parse(text, true, true).orElseThrow();
        assertThat(c.kind()).isEqualTo(kind);
        assertThat(c.number()).isEqualTo(number);
        if (rest != null) {
            assertThat(c.rest()).isEqualTo(rest);
        }
    }

    @ParameterizedTest
    @CsvSource({"青年路的路灯坏了", "WM20261125-0007 那个工单怎么还没处理", "怎么查工单进度", "1"})
    void otherTextIsNoCommandOutsideADraftWithoutAPendingRating(String text) {
        assertThat(TicketCommand.parse(text, false, false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"提交", "就这样"})
    void fileNowIsOnlyACommandInsideADraft(String text) {
        assertThat(TicketCommand.parse(text, false, false)).isEmpty();
        assertThat(TicketCommand.parse(text, false, true)).map(TicketCommand::kind).contains(TicketCommand.Kind.FILE_NOW);
    }
}
