package org.civicchat.ticket;

import org.civicchat.ticket.intake.TicketFiling;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TicketFilingTest extends TicketKitTest {

    @Test
    void numbersAreTheShanghaiDayAndADailySequenceFromOne() {
        assertThat(kit.fileNew("o-a-000001", "垃圾堆了三天", "environment-sanitation", "青年路88号").number())
                .isEqualTo("WM20261125-0001");
        assertThat(kit.fileNew("o-b-000002", "小广告贴满电线杆", "illegal-ads", "解放路12号").number())
                .isEqualTo("WM20261125-0002");
        kit.clock.advance(Duration.ofHours(14)); // 16:00 UTC = 00:00 next day in Shanghai
        assertThat(kit.fileNew("o-c-000003", "夜间施工噪音", "noise", "文化路45号院").number())
                .isEqualTo("WM20261126-0001");
    }

    @Test
    void aCompleteDraftIsFiledWithCategoryRouteAndDeadline() {
        Filing f = kit.file("o-route-0001", "m:1001", "青年路88号门口垃圾堆积发臭", "environment-sanitation", "青年路88号");
        assertThat(f.outcome()).isEqualTo(Filing.Outcome.FILED);
        Ticket t = f.ticket();
        assertThat(t.status()).isEqualTo(TicketStatus.SUBMITTED);
        assertThat(t.categoryName()).isEqualTo("环境卫生");
        assertThat(t.department()).isEqualTo("区环境卫生管理所");
        assertThat(t.grid()).isEqualTo("青年路网格");
        assertThat(t.handler()).isEqualTo("青年路网格员");
        assertThat(t.location()).isEqualTo("青年路88号");
        assertThat(t.deadline()).isEqualTo(t.createdAt().plus(Duration.ofHours(24)));
        assertThat(kit.residents.draft("o-route-0001")).isEmpty();
        assertThat(kit.events(TicketFiled.class)).hasSize(1);
    }

    @Test
    void aDraftWithoutAPlaceIsNotFiledUntilTheResidentSaysSo() {
        kit.residents.addToDraft("o-anyway-01", DraftPart.words("路灯不亮", "public-facilities", null));
        assertThat(kit.residents.fileDraft("o-anyway-01", "m:2001", false).outcome()).isEqualTo(Filing.Outcome.INCOMPLETE);
        Filing f = kit.residents.fileDraft("o-anyway-01", "m:2002", true);
        assertThat(f.outcome()).isEqualTo(Filing.Outcome.FILED);
        assertThat(f.ticket().location()).isEqualTo(TicketFiling.NO_PLACE);
    }

    @Test
    void theSameSourceMessageFilesOneTicketEvenWhenSixteenAttemptsRace() {
        kit.residents.addToDraft("o-race-0001", DraftPart.words("井盖松动，很危险", "public-facilities", "建设路东段"));
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Filing>> attempts = IntStream.range(0, 16).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return kit.residents.fileDraft("o-race-0001", "m:3001", false);
        })).toList();
        go.countDown();
        List<Filing> results = attempts.stream().map(CompletableFuture::join).toList();
        assertThat(results).extracting(f -> f.ticket().number()).containsOnly(results.get(0).ticket().number());
        assertThat(results).filteredOn(f -> f.outcome() == Filing.Outcome.FILED).hasSize(1);
        assertThat(kit.events(TicketFiled.class)).hasSize(1);
        assertThat(kit.staff.list(TicketFilter.all(0, 50)).total()).isEqualTo(1);
    }

    @Test
    void theSameSourceAfterARestartReturnsTheFirstTicket() {
        Filing first = kit.file("o-restart-01", "m:4001", "共享单车堆满人行道", "illegal-parking", "地铁2号线文化宫站C口");
        TicketKit afterRestart = new TicketKit(redis.client(), dataDir);
        afterRestart.residents.addToDraft("o-restart-01", DraftPart.words("共享单车堆满人行道", "illegal-parking", "地铁2号线文化宫站C口"));
        Filing again = afterRestart.residents.fileDraft("o-restart-01", "m:4001", false);
        assertThat(again.outcome()).isEqualTo(Filing.Outcome.ALREADY_FILED);
        assertThat(again.ticket().number()).isEqualTo(first.ticket().number());
        assertThat(afterRestart.staff.list(TicketFilter.all(0, 50)).total()).isEqualTo(1);
    }

    @Test
    void anOversizedDescriptionIsCutToTheMaximumAndFlagged() {
        Draft d = kit.residents.addToDraft("o-long-0001", DraftPart.words("脏".repeat(5000), "environment-sanitation", "青年路1号"));
        assertThat(d.truncated()).isTrue();
        assertThat(d.description()).hasSize(1000);
        Filing f = kit.residents.fileDraft("o-long-0001", "m:5001", false);
        assertThat(f.ticket().description()).hasSize(1000);
    }

    @Test
    void partsArriveInAnyOrderAndTheFirstRealCategoryWins() {
        kit.residents.addToDraft("o-order-001", DraftPart.photo("media-1", "http://p/1.jpg"));
        kit.residents.addToDraft("o-order-001", DraftPart.place("桃园小区南边", 30.1, 120.2));
        Draft d = kit.residents.addToDraft("o-order-001", DraftPart.words("狗屎没人清理", "pets", null));
        assertThat(d.complete()).isTrue();
        assertThat(d.photos()).hasSize(1);
        Ticket t = kit.residents.fileDraft("o-order-001", "m:6001", false).ticket();
        assertThat(t.category()).isEqualTo("pets");
        assertThat(t.latitude()).isEqualTo(30.1);
        assertThat(t.grid()).isEqualTo("锦绣家园网格");
        assertThat(t.photoCount()).isEqualTo(1);
    }

    @Test
    void twentyPhotosAtOnceKeepNineAndRefuseTheRest() {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Draft>> sends = IntStream.range(0, 20).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return kit.residents.addToDraft("o-photos-01", DraftPart.photo("media-" + i, "http://p/" + i + ".jpg"));
        })).toList();
        go.countDown();
        List<Draft> drafts = sends.stream().map(CompletableFuture::join).toList();
        assertThat(drafts).filteredOn(d -> d.photoRefused() > 0).hasSize(11);
        assertThat(kit.residents.draft("o-photos-01").orElseThrow().photos()).hasSize(9);
    }

    @Test
    void aResidentAddsPhotosToAnOpenTicketUpToTheLimit() {
        Ticket t = kit.fileNew("o-addph-001", "路面塌陷", "public-facilities", "光明路32号");
        for (int i = 0; i < 9; i++) {
            kit.residents.addPhoto("o-addph-001", t.number(), "m" + i, null);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kit.residents.addPhoto("o-addph-001", t.number(), "m9", null))
                .isInstanceOf(PhotoLimitReached.class);
        assertThat(kit.staff.get(t.number()).photoCount()).isEqualTo(9);
    }
}
