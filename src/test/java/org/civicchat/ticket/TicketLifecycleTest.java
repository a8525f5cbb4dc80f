package org.civicchat.ticket;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicchat.ticket.TicketStatus.ACCEPTED;
import static org.civicchat.ticket.TicketStatus.ASSIGNED;
import static org.civicchat.ticket.TicketStatus.CLOSED;
import static org.civicchat.ticket.TicketStatus.DUPLICATE;
import static org.civicchat.ticket.TicketStatus.IN_PROGRESS;
import static org.civicchat.ticket.TicketStatus.REJECTED;
import static org.civicchat.ticket.TicketStatus.REOPENED;
import static org.civicchat.ticket.TicketStatus.RESOLVED;
import static org.civicchat.ticket.TicketStatus.SUBMITTED;
import static org.civicchat.ticket.TicketStatus.WITHDRAWN;

class TicketLifecycleTest extends TicketKitTest {

    /** The lifecycle as specified: every pair not listed here must be refused. */
    static final Map<TicketStatus, Set<TicketStatus>> ALLOWED = Map.of(
            SUBMITTED, EnumSet.of(ACCEPTED, ASSIGNED, REJECTED, DUPLICATE, WITHDRAWN),
            ACCEPTED, EnumSet.of(ASSIGNED, REJECTED, DUPLICATE, WITHDRAWN),
            ASSIGNED, EnumSet.of(IN_PROGRESS, ACCEPTED, REJECTED, DUPLICATE, WITHDRAWN),
            IN_PROGRESS, EnumSet.of(RESOLVED, ASSIGNED, WITHDRAWN),
            RESOLVED, EnumSet.of(CLOSED, REOPENED),
            CLOSED, EnumSet.of(REOPENED),
            REOPENED, EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED, REJECTED, DUPLICATE, WITHDRAWN),
            REJECTED, EnumSet.noneOf(TicketStatus.class),
            DUPLICATE, EnumSet.noneOf(TicketStatus.class),
            WITHDRAWN, EnumSet.noneOf(TicketStatus.class));

    final Actor staff = Actor.staff("operator1");

    @Test
    void everyPairOfStatusesIsAllowedOrRefusedExactlyAsTheLifecycleTableSays() {
        List<String> wrong = new ArrayList<>();
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                Ticket t = ticketIn(from);
                boolean moved;
                try {
                    move(t.number(), to);
                    moved = kit.staff.get(t.number()).status() == to;
                } catch (IllegalTransition e) {
                    moved = false;
                    assertThat(kit.staff.get(t.number()).status()).isEqualTo(from);
                }
                if (moved != expected) {
                    wrong.add(from.id() + "->" + to.id() + (expected ? " refused" : " allowed"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refusedTransitionNamesBothStatusesInChineseAndEnglish() {
        Ticket t = ticketIn(SUBMITTED);
        assertThatThrownBy(() -> kit.staff.transition(t.number(), RESOLVED, staff, "已修好", null, null))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.bilingualMessage()).contains("已提交", "已处理", "submitted", "resolved", t.number());
                    assertThat(e.from()).isEqualTo(SUBMITTED);
                });
        assertThat(kit.staff.log(t.number())).hasSize(1);
    }

    @Test
    void everyChangeAppendsWhoWhenFromToNoteAndPhotoToTheLog() {
        Ticket t = ticketIn(SUBMITTED);
        kit.clock.advance(java.time.Duration.ofMinutes(5));
        kit.staff.transition(t.number(), ACCEPTED, staff, "已受理，转交处理", null, null);
        kit.staff.assign(t.number(), "区城市管理局", "青年路网格", "张三", staff, null);
        kit.staff.transition(t.number(), IN_PROGRESS, staff, "已到现场", null, null);
        kit.staff.transition(t.number(), RESOLVED, staff, "噪音源已劝停", null, "https://example.org/after.jpg");

        List<LogEntry> log = kit.staff.log(t.number());
        assertThat(log).extracting(LogEntry::action).containsExactly("filed", "status", "status", "status", "status");
        assertThat(log).extracting(LogEntry::to).containsExactly(SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED);
        assertThat(log.get(1).from()).isEqualTo(SUBMITTED);
        assertThat(log.get(1).who()).isEqualTo("staff:operator1");
        assertThat(log.get(1).at()).isEqualTo(TicketKit.START.plusSeconds(300));
        assertThat(log.get(1).note()).isEqualTo("已受理，转交处理");
        assertThat(log.get(2).note()).contains("区城市管理局", "青年路网格", "张三");
        assertThat(log.get(4).photo()).isNotNull();
        assertThat(kit.staff.photos(t.number())).extracting(Photo::kind).containsExactly("after");
    }

    @Test
    void rejectingNeedsAReasonAndResolvingNeedsANote() {
        Ticket t = ticketIn(IN_PROGRESS);
        assertThatThrownBy(() -> kit.staff.transition(t.number(), RESOLVED, staff, " ", null, null))
                .isInstanceOf(InvalidTicketRequest.class);
        Ticket u = ticketIn(SUBMITTED);
        assertThatThrownBy(() -> kit.staff.transition(u.number(), REJECTED, staff, null, "", null))
                .isInstanceOf(InvalidTicketRequest.class);
        assertThat(kit.staff.transition(u.number(), REJECTED, staff, null, "不属于城市管理范围", null).reason())
                .isEqualTo("不属于城市管理范围");
    }

    @Test
    void resolvingACategoryThatNeedsAnAfterPhotoIsRefusedWithoutOne() {
        Ticket t = kit.fileNew("o-lamp-owner-1", "路灯不亮", "public-facilities", "青年路88号");
        kit.staff.assign(t.number(), null, null, "李四", staff, null);
        kit.staff.transition(t.number(), IN_PROGRESS, staff, null, null, null);
        assertThatThrownBy(() -> kit.staff.transition(t.number(), RESOLVED, staff, "已更换灯泡", null, null))
                .isInstanceOf(InvalidTicketRequest.class).hasMessageContaining("须上传处理后照片");
        assertThat(kit.staff.transition(t.number(), RESOLVED, staff, "已更换灯泡", null, "media-after-1").status())
                .isEqualTo(RESOLVED);
    }

    @Test
    void twoOperatorsMovingTheSameTicketAtOnceCannotBothWin() throws Exception {
        Ticket t = ticketIn(SUBMITTED);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> attempts = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
                kit.staff.transition(t.number(), REJECTED, Actor.staff("op" + i),
                        null, "理由" + i, null);
                return true;
            } catch (IllegalTransition e) {
                return false;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        go.countDown();
        long wins = attempts.stream().map(CompletableFuture::join).filter(b -> b).count();
        assertThat(wins).isEqualTo(1);
        assertThat(kit.staff.log(t.number())).hasSize(2);
    }

    @Test
    void statusIndexesFollowTheTicket() {
        Ticket t = ticketIn(SUBMITTED);
        kit.staff.transition(t.number(), ACCEPTED, staff, null, null, null);
        assertThat(list(SUBMITTED)).doesNotContain(t.number());
        assertThat(list(ACCEPTED)).containsExactly(t.number());
        kit.staff.transition(t.number(), WITHDRAWN, staff, null, null, null);
        assertThat(list(ACCEPTED)).isEmpty();
        assertThat(list(WITHDRAWN)).containsExactly(t.number());
    }

    private List<String> list(TicketStatus status) {
        return kit.staff.list(new TicketFilter(Set.of(status), null, null, null, null, null, false, null, 0, 50, true))
                .items().stream().map(Ticket::number).toList();
    }

    /** A fresh noise ticket (no after-photo needed) brought to {@code status} along allowed moves. */
    private Ticket ticketIn(TicketStatus status) {
        Ticket t = kit.fileNew("o-owner-" + System.nanoTime(), "广场舞音响太吵", "noise", "滨河公园东门" + System.nanoTime());
        List<TicketStatus> path = switch (status) {
            case SUBMITTED -> List.of();
            case ACCEPTED -> List.of(ACCEPTED);
            case ASSIGNED -> List.of(ASSIGNED);
            case IN_PROGRESS -> List.of(ASSIGNED, IN_PROGRESS);
            case RESOLVED -> List.of(ASSIGNED, IN_PROGRESS, RESOLVED);
            case CLOSED -> List.of(ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED);
            case REOPENED -> List.of(ASSIGNED, IN_PROGRESS, RESOLVED, REOPENED);
            case REJECTED -> List.of(REJECTED);
            case DUPLICATE -> List.of(DUPLICATE);
            case WITHDRAWN -> List.of(WITHDRAWN);
        };
        for (TicketStatus s : path) {
            move(t.number(), s);
        }
        assertThat(kit.staff.get(t.number()).status()).isEqualTo(status);
        return t;
    }

    private void move(String number, TicketStatus to) {
        if (to == DUPLICATE) {
            Ticket other = kit.fileNew("o-other-" + System.nanoTime(), "另一处噪音", "noise", "别处" + System.nanoTime());
            kit.staff.merge(number, other.number(), staff);
        } else {
            kit.staff.transition(number, to, staff, "处理说明", "理由", null);
        }
    }
}
