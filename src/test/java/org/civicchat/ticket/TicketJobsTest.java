package org.civicchat.ticket;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.ticket.handler.HandlerIdentity;
import org.civicchat.ticket.intake.DraftSweeper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

class TicketJobsTest extends TicketKitTest {

    final Actor staff = Actor.staff("op");

    @Test
    void anOverdueTicketAssignedToABoundHandlerIsUrgedInTheirWeChat() {
        Ticket t = kit.fileNew("o-late-000002", "僵尸车占用消防通道", "illegal-parking", "火车站广场东侧");
        kit.bindings.bind("o-handler-wang", new HandlerIdentity("wang", t.department()));
        kit.staff.assign(t.number(), t.department(), t.grid(), "wang", staff, null);
        kit.clock.advance(Duration.ofHours(13));
        assertThat(kit.escalation.run()).isEqualTo(1);
        assertThat(kit.notices).anySatisfy(n -> {
            assertThat(n.openid()).isEqualTo("o-handler-wang");
            assertThat(n.text()).contains("催办").contains(t.number());
        });
    }

    @Test
    void anOverdueTicketIsUrgedToItsHandlerThenSupervisedByTheHeadOnceEach() {
        Ticket t = kit.fileNew("o-late-000001", "僵尸车占用消防通道", "illegal-parking", "火车站广场东侧");
        kit.clock.advance(Duration.ofHours(11));
        assertThat(kit.escalation.run()).isZero();
        kit.clock.advance(Duration.ofHours(2));
        assertThat(kit.escalation.run()).isEqualTo(1);
        assertThat(kit.escalation.run()).isZero();
        Ticket urged = kit.staff.get(t.number());
        assertThat(urged.overdue()).isTrue();
        assertThat(urged.escalation()).isEqualTo(1);
        assertThat(overdueList()).containsExactly(t.number());
        kit.clock.advance(Duration.ofHours(24));
        assertThat(kit.escalation.run()).isEqualTo(1);
        assertThat(kit.escalation.run()).isZero();
        List<LogEntry> log = kit.staff.log(t.number());
        assertThat(log).extracting(LogEntry::action).containsExactly("filed", "urge", "supervise");
        assertThat(log.get(1).note()).contains("催办", "火车站网格员");
        assertThat(log.get(2).note()).contains("督办", "区交警大队负责人");
        assertThat(kit.events(TicketEscalated.class)).extracting(TicketEscalated::level).containsExactly(1, 2);

        kit.staff.assign(t.number(), null, null, null, staff, null);
        kit.staff.transition(t.number(), TicketStatus.IN_PROGRESS, staff, null, null, null);
        kit.staff.transition(t.number(), TicketStatus.RESOLVED, staff, "已拖离", null, null);
        assertThat(overdueList()).isEmpty();
    }

    @Test
    void aDraftLeftThirtyMinutesWithoutAPlaceLapsesAndTheResidentIsTold() {
        kit.residents.addToDraft("o-lapse-00001", DraftPart.words("路面塌了个大坑", "public-facilities", null));
        kit.clock.advance(Duration.ofMinutes(29));
        assertThat(kit.sweeper.sweep()).isZero();
        kit.clock.advance(Duration.ofMinutes(2));
        assertThat(kit.sweeper.sweep()).isEqualTo(1);
        assertThat(kit.residents.draft("o-lapse-00001")).isEmpty();
        assertThat(kit.notices).singleElement().satisfies(n -> {
            assertThat(n.openid()).isEqualTo("o-lapse-00001");
            assertThat(n.text()).isEqualTo(DraftSweeper.LAPSED);
        });
        assertThat(kit.staff.list(TicketFilter.all(0, 10)).total()).isZero();
    }

    @Test
    void aCompleteDraftLeftThirtyMinutesIsFiledAndTheResidentToldItsNumber() {
        Instant at = kit.clock.instant();
        kit.drafts.write(new Draft("o-lapse-00002", "楼道堆满杂物", "property-community", "锦绣家园6号楼2单元",
                null, null, List.of(), at, at, 0, false), at);
        kit.clock.advance(Duration.ofMinutes(31));
        assertThat(kit.sweeper.sweep()).isEqualTo(1);
        assertThat(kit.notices).singleElement().satisfies(n -> assertThat(n.text()).contains("WM20261125-0001", "小区物业"));
        assertThat(kit.staff.get("WM20261125-0001").openid()).isEqualTo("o-lapse-00002");
        assertThat(kit.sweeper.sweep()).isZero();
    }

    @Test
    void resolvingAsksTheFilerToRateAndTellsFollowersWithoutTheQuestion() {
        Ticket t = kit.fileNew("o-rate-owner1", "狗叫扰民", "pets", "枫林小区底商");
        kit.file("o-rate-follow", "m:rate-2", "枫林小区底商的狗一直叫", "pets", "枫林小区底商");
        kit.staff.assign(t.number(), null, null, null, staff, null);
        kit.staff.transition(t.number(), TicketStatus.IN_PROGRESS, staff, null, null, null);
        kit.notices.clear();
        kit.staff.transition(t.number(), TicketStatus.RESOLVED, staff, "犬主电话已登记", "已联系犬主", null, null);
        ResidentNotice owner = kit.notices.stream().filter(n -> n.openid().equals("o-rate-owner1")).findFirst().orElseThrow();
        ResidentNotice follower = kit.notices.stream().filter(n -> n.openid().equals("o-rate-follow")).findFirst().orElseThrow();
        assertThat(owner.text()).contains(TicketTexts.RATING_QUESTION, "已联系犬主");
        assertThat(follower.text()).doesNotContain(TicketTexts.RATING_QUESTION).contains("已处理");
        assertThat(kit.residents.pendingRating("o-rate-owner1")).map(Ticket::number).contains(t.number());
        assertThat(kit.residents.pendingRating("o-rate-follow")).isEmpty();

        assertThat(kit.residents.rate("o-rate-owner1", t.number(), 1).status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(kit.residents.pendingRating("o-rate-owner1")).isEmpty();
        assertThat(kit.staff.ratings()).containsKey("公安分局治安大队（养犬管理）");
        assertThat(kit.staff.ratings().get("公安分局治安大队（养犬管理）")).containsEntry("1", "1");
    }

    @Test
    void aSecondResolutionAfterReopeningIsToldAgain() {
        Ticket t = kit.fileNew("o-again-00001", "油烟直排", "cooking-fumes", "文化路45号院");
        kit.staff.assign(t.number(), null, null, null, staff, null);
        kit.staff.transition(t.number(), TicketStatus.IN_PROGRESS, staff, null, null, null);
        kit.staff.transition(t.number(), TicketStatus.RESOLVED, staff, "已整改", null, null);
        kit.residents.rate("o-again-00001", t.number(), 3);
        kit.staff.transition(t.number(), TicketStatus.RESOLVED, staff, "已加装净化器", null, null);
        assertThat(kit.notices).filteredOn(n -> n.dedupKey().contains(":resolved:")).extracting(ResidentNotice::dedupKey)
                .doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void theMediaWorkerStoresThePhotoAndAPublicCopyWithoutExifOrGps() throws Exception {
        byte[] withExif = jpegWithExif();
        kit.mediaAvailable = true;
        kit.media = id -> withExif;
        kit.residents.addToDraft("o-photo-00001", DraftPart.photo("media-42", "http://p/42.jpg"));
        Ticket t = kit.file("o-photo-00001", "m:ph-1", "人行道地砖松动", "public-facilities", "建设路东段").ticket();
        assertThat(kit.staff.photos(t.number())).extracting(Photo::state).containsExactly("pending");
        assertThat(kit.mediaWorker.drain()).isEqualTo(1);
        Photo photo = kit.staff.photos(t.number()).get(0);
        assertThat(photo.state()).isEqualTo("stored");
        byte[] original = Files.readAllBytes(kit.staff.photoFile(t.number(), photo.id(), false).orElseThrow());
        byte[] stripped = Files.readAllBytes(kit.staff.photoFile(t.number(), photo.id(), true).orElseThrow());
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("Exif", "GPSLatitude");
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(16);
        assertThat(kit.mediaQueue.waiting()).isZero();
    }

    @Test
    void withoutTheWechatApiOnlyTheMediaIdAndPicUrlAreRecorded() {
        kit.residents.addToDraft("o-photo-00002", DraftPart.photo("media-43", "http://p/43.jpg"));
        Ticket t = kit.file("o-photo-00002", "m:ph-2", "护栏损坏", "public-facilities", "光明路32号").ticket();
        assertThat(kit.mediaWorker.drain()).isEqualTo(1);
        Photo photo = kit.staff.photos(t.number()).get(0);
        assertThat(photo.state()).isEqualTo("recorded");
        assertThat(photo.mediaId()).isEqualTo("media-43");
        assertThat(photo.picUrl()).isEqualTo("http://p/43.jpg");
        assertThat(kit.staff.photoFile(t.number(), photo.id(), true)).isEmpty();
    }

    private List<String> overdueList() {
        return kit.staff.list(new TicketFilter(Set.of(), null, null, null, null, null, true, null, 0, 10, true))
                .items().stream().map(Ticket::number).toList();
    }

    /** A real 16x16 JPEG with an EXIF APP1 segment carrying a GPS tag name, as phones write them. */
    static byte[] jpegWithExif() throws Exception {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = "Exif\0\0MM\0*GPSLatitude=30.27;GPSLongitude=120.15".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int len = payload.length + 2;
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
