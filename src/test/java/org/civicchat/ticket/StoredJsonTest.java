package org.civicchat.ticket;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Log lines, photos and reports are kept in Redis as JSON; written from records now, they keep the shape
 * the maps wrote, so lines already stored read back the same and new ones read as before.
 */
class StoredJsonTest {

    private static final Instant AT = Instant.ofEpochMilli(1764600000000L);

    @Test
    void aLogLineWritesTheKeysItAlwaysHadAndLeavesOutWhatIsEmpty() {
        assertThat(TicketRows.logLine(new LogEntry(AT, "staff:wang", "status", TicketStatus.SUBMITTED,
                TicketStatus.ACCEPTED, "", null, "已受理")))
                .isEqualTo("{\"at\":1764600000000,\"who\":\"staff:wang\",\"action\":\"status\",\"from\":\"submitted\","
                        + "\"to\":\"accepted\",\"toResident\":\"已受理\"}");
    }

    @Test
    void aLogLineStoredByTheEarlierCodeReadsBack() {
        LogEntry e = TicketRows.logEntry("{\"at\":1764600000000,\"who\":\"resident:o1\",\"action\":\"filed\","
                + "\"to\":\"submitted\",\"note\":\"路灯不亮\"}");
        assertThat(e).isEqualTo(new LogEntry(AT, "resident:o1", "filed", null, TicketStatus.SUBMITTED, "路灯不亮", null,
                null));
    }

    @Test
    void aPhotoKeepsEmptyMediaIdAndUrlAsEmptyStrings() {
        String json = TicketRows.photoJson(new Photo("p1", null, null, "before", "pending", AT));
        assertThat(json).isEqualTo("{\"id\":\"p1\",\"mediaId\":\"\",\"picUrl\":\"\",\"kind\":\"before\","
                + "\"state\":\"pending\",\"at\":1764600000000}");
        assertThat(TicketRows.photo(json)).isEqualTo(new Photo("p1", "", "", "before", "pending", AT));
    }

    @Test
    void reportsStoredByTheEarlierCodeReadBackAndSplitOffAsDrafts() {
        Map<String, String> stored = Map.of(
                "r1", "{\"openid\":\"o2\",\"text\":\"又堆满了\",\"location\":\"东门\",\"lat\":34.5,\"lng\":113.25,"
                        + "\"category\":\"\",\"at\":1764600000000}",
                "m-WM20261201-0002", "{\"merged\":\"WM20261201-0002\",\"at\":1764600000001}");
        assertThat(Reports.all(stored)).containsExactly(
                new Report("r1", "o2", "又堆满了", "东门", null, AT),
                new Report("m-WM20261201-0002", null, null, null, "WM20261201-0002", AT.plusMillis(1)));
        Draft d = Reports.draft(Reports.read(stored.get("r1")));
        assertThat(d.openid()).isEqualTo("o2");
        assertThat(d.category()).isNull();
        assertThat(d.latitude()).isEqualTo(34.5);
        assertThat(d.longitude()).isEqualTo(113.25);
        assertThat(Reports.merged("WM20261201-0002", AT)).isEqualTo("{\"merged\":\"WM20261201-0002\",\"at\":1764600000000}");
    }
}
