package org.civicchat.ticket;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicchat.ticket.TicketStatus.ACCEPTED;
import static org.civicchat.ticket.TicketStatus.ASSIGNED;
import static org.civicchat.ticket.TicketStatus.CLOSED;
import static org.civicchat.ticket.TicketStatus.IN_PROGRESS;
import static org.civicchat.ticket.TicketStatus.REJECTED;
import static org.civicchat.ticket.TicketStatus.REOPENED;
import static org.civicchat.ticket.TicketStatus.RESOLVED;
import static org.civicchat.ticket.TicketStatus.SUBMITTED;
import static org.civicchat.ticket.TicketStatus.WITHDRAWN;

/** Who may make which move, checked by the lifecycle itself whatever page or API asks for it. */
class TransitionRightsTest extends TicketKitTest {

    /** Role → the statuses it may move a ticket to (where the lifecycle table allows the move at all). */
    static final Map<Actor.Role, Set<TicketStatus>> MAY = new EnumMap<>(Map.of(
            Actor.Role.OFFICE, EnumSet.of(ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, REJECTED, REOPENED,
                    WITHDRAWN),
            Actor.Role.HANDLER, EnumSet.of(ACCEPTED, IN_PROGRESS, RESOLVED),
            Actor.Role.RESIDENT, EnumSet.of(WITHDRAWN)));

    /** For each target, a status from which the lifecycle table allows it, and the path there. */
    static final Map<TicketStatus, List<TicketStatus>> PATH_BEFORE = Map.of(
            ACCEPTED, List.of(),
            ASSIGNED, List.of(),
            IN_PROGRESS, List.of(ASSIGNED),
            RESOLVED, List.of(ASSIGNED, IN_PROGRESS),
            CLOSED, List.of(ASSIGNED, IN_PROGRESS, RESOLVED),
            REOPENED, List.of(ASSIGNED, IN_PROGRESS, RESOLVED),
            REJECTED, List.of(),
            WITHDRAWN, List.of());

    final Actor office = Actor.staff("operator1");

    @Test
    void everyRoleMakesExactlyTheMovesItsTableAllows() {
        List<String> wrong = new ArrayList<>();
        for (Actor.Role role : MAY.keySet()) {
            for (TicketStatus to : PATH_BEFORE.keySet()) {
                Ticket t = kit.fileNew("o-owner-" + System.nanoTime(), "广场舞音响太吵", "noise", "滨河公园" + System.nanoTime());
                for (TicketStatus step : PATH_BEFORE.get(to)) {
                    kit.staff.transition(t.number(), step, office, "说明", "理由", null);
                }
                TicketStatus before = kit.staff.get(t.number()).status();
                Actor who = switch (role) {
                    case OFFICE -> office;
                    case HANDLER -> Actor.handler("grid1");
                    case RESIDENT -> Actor.resident(t.openid());
                    case SYSTEM -> Actor.SYSTEM;
                };
                boolean moved;
                try {
                    kit.staff.transition(t.number(), to, who, "说明", "理由", null);
                    moved = true;
                } catch (NotYourCall e) {
                    moved = false;
                    assertThat(kit.staff.get(t.number()).status()).isEqualTo(before);
                }
                if (moved != MAY.get(role).contains(to)) {
                    wrong.add(role + " -> " + to.id() + (moved ? " allowed" : " refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRefusedMoveWritesNothingAndTellsNobody() {
        Ticket t = kit.fileNew("o-owner-refused", "广场舞音响太吵", "noise", "滨河公园西门");
        int notices = kit.notices.size();
        assertThatThrownBy(() -> kit.staff.transition(t.number(), REJECTED, Actor.handler("grid1"), null,
                "不归我们管", null)).isInstanceOf(NotYourCall.class);
        assertThat(kit.staff.get(t.number()).status()).isEqualTo(SUBMITTED);
        assertThat(kit.staff.log(t.number())).hasSize(1);
        assertThat(kit.notices).hasSize(notices);
    }

    @Test
    void handlersNeitherRouteNorMergeButMayTakeTheirOwnTicket() {
        Ticket t = kit.fileNew("o-owner-route", "广场舞音响太吵", "noise", "滨河公园北门");
        Ticket other = kit.fileNew("o-owner-route2", "夜里施工太吵", "noise", "青年路工地");
        Actor handler = Actor.handler("grid1");
        assertThatThrownBy(() -> kit.staff.assign(t.number(), "区园林绿化中心", null, null, handler, null))
                .isInstanceOf(NotYourCall.class);
        assertThatThrownBy(() -> kit.staff.assign(t.number(), null, null, "someone-else", handler, null))
                .isInstanceOf(NotYourCall.class);
        assertThatThrownBy(() -> kit.staff.merge(t.number(), other.number(), handler))
                .isInstanceOf(NotYourCall.class);
        assertThat(kit.staff.assign(t.number(), t.department(), t.grid(), "grid1", handler, "接单").handler())
                .isEqualTo("grid1");
    }
}
