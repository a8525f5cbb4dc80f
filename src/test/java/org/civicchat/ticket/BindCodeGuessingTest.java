package org.civicchat.ticket;

import org.civicchat.ticket.handler.HandlerDesk;
import org.civicchat.ticket.handler.HandlerIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Six-digit bind codes cannot be found by trying: few tries per openid, and a code dies after 5 wrong tries. */
class BindCodeGuessingTest extends TicketKitTest {

    @Test
    void anOpenidThatGuessedWrongFiveTimesIsRefusedEvenTheRightCode() {
        HandlerDesk desk = new HandlerDesk(kit.bindings, kit.staff);
        for (int i = 0; i < 5; i++) {
            assertThat(desk.bind("o-guesser", String.format("%06d", 111_111 * (i + 1)))).isEmpty();
        }
        String code = desk.issueCode("grid1", "区城市管理局");
        assertThat(desk.bind("o-guesser", code)).isEmpty();
        assertThat(desk.handlerOf("o-guesser")).isEmpty();
        assertThat(desk.bind("o-someone-honest", code)).as("the code itself is still good")
                .map(HandlerIdentity::staff).contains("grid1");
    }

    @Test
    void aCodeDiesAfterFiveWrongTriesFromAnyone() {
        HandlerDesk desk = new HandlerDesk(kit.bindings, kit.staff);
        String code = desk.issueCode("grid2", "区城市管理局");
        for (int i = 0; i < 5; i++) {
            assertThat(desk.bind("o-guesser-" + i, wrong(code, i))).isEmpty();
        }
        assertThat(desk.bind("o-the-real-handler", code)).isEmpty();
        String fresh = desk.issueCode("grid2", "区城市管理局");
        assertThat(desk.bind("o-the-real-handler", fresh)).map(HandlerIdentity::staff).contains("grid2");
    }

    @Test
    void aFewTyposStillLetTheHandlerBind() {
        HandlerDesk desk = new HandlerDesk(kit.bindings, kit.staff);
        String code = desk.issueCode("grid3", "区城市管理局");
        assertThat(desk.bind("o-typist", wrong(code, 0))).isEmpty();
        assertThat(desk.bind("o-typist", wrong(code, 1))).isEmpty();
        assertThat(desk.bind("o-typist", code)).map(HandlerIdentity::staff).contains("grid3");
        assertThat(desk.bind("o-typist-2", code)).as("a code binds once").isEmpty();
    }

    /** A six-digit code other than {@code code}. */
    private static String wrong(String code, int i) {
        return String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000);
    }
}
