package org.civicchat.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxSheetTest {

    private static final List<XlsxSheet.Column> COLUMNS = TicketsXlsx.columns();

    @Test
    void widthsCountChineseCharsDoubleAndAreCappedPerColumn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = new XlsxSheet(out, "工单", COLUMNS)) {
            sheet.add(row(0, "很".repeat(200)));
        }
        XlsxReader book = new XlsxReader(out.toByteArray());
        assertThat(book.widths.get(1)).as("工单号: 15 chars + 2").isEqualTo(17.0);
        assertThat(book.widths.get(7)).as("问题描述, capped").isEqualTo(62.0);
        assertThat(book.widths.get(12)).as("关注人数: its header, 4 CJK chars + 2").isEqualTo(10.0);
    }

    @Test
    void anEmptyExportStillHasItsHeaderRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxSheet(out, "工单", COLUMNS).close();
        XlsxReader book = new XlsxReader(out.toByteArray());
        assertThat(book.rows).hasSize(1);
        assertThat(book.texts(0).get(0)).isEqualTo("工单号");
    }

    @Test
    void moreRowsThanTheSampleAndTheFlushAreAllWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = new XlsxSheet(out, "工单", COLUMNS)) {
            for (int i = 0; i < 2_345; i++) {
                sheet.add(row(i, "路灯不亮"));
            }
        }
        XlsxReader book = new XlsxReader(out.toByteArray());
        assertThat(book.rows).hasSize(2_346);
        assertThat(book.rows.get(2_345).get(0).text()).isEqualTo("WM20261201-2344");
    }

    /**
     * 100,000 ticket rows through the writer into nothing: time and heap. Run with a small heap to show it
     * streams: {@code ./mvnw -q test -Dtest=XlsxSheetTest -Dcivicchat.bench=100000 -DargLine=-Xmx64m}.
     */
    @Test
    @EnabledIfSystemProperty(named = "civicchat.bench", matches = "\\d+")
    void timesAHundredThousandRows() throws Exception {
        int count = Integer.parseInt(System.getProperty("civicchat.bench"));
        CountingStream out = new CountingStream();
        long t0 = System.nanoTime();
        try (XlsxSheet sheet = new XlsxSheet(out, "工单", COLUMNS)) {
            for (int i = 0; i < count; i++) {
                sheet.add(row(i, "建设路" + i + "号门前的路灯坏了好几天，晚上很黑，请尽快修理"));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%n%d rows in %.1f s, %.1f MB written, max heap %d MB%n", count, seconds,
                out.bytes / 1e6, rt.maxMemory() / (1024 * 1024));
    }

    private static List<Object> row(int i, String description) {
        return List.of(String.format(Locale.ROOT, "WM20261201-%04d", i), "已受理", "公共设施损坏", "区住房和城乡建设局",
                "建设网格", "建设路" + i + "号", description, Instant.ofEpochSecond(1_764_547_200L + i), Instant.ofEpochSecond(1_764_547_200L + i + 86_400),
                "否", "", 1);
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
