package org.civicchat.admin;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet written as a stream with fastexcel: a bold, frozen header row with a filter, times as real
 * Excel dates (Beijing time, yyyy-mm-dd hh:mm), numbers as numbers, column widths fitted to the header and the
 * first {@value #SAMPLE} rows (capped per column). Rows go to the output every {@value #FLUSH_EVERY} rows and
 * free text is written inline rather than into the shared string table, so memory does not grow with the sheet. Cells are strings, never formulas, so residents' text cannot run.
 */
final class XlsxSheet implements Closeable {

    /** TEXT cells are written inline (unique texts, nothing kept); LABEL cells share one string table entry. */
    enum Kind { TEXT, LABEL, TIME, NUMBER }

    record Column(String header, Kind kind, int maxWidth) {
        static Column text(String header, int maxWidth) {
            return new Column(header, Kind.TEXT, maxWidth);
        }

        /** A column of few distinct values (status, category, department): kept once in the shared strings. */
        static Column label(String header, int maxWidth) {
            return new Column(header, Kind.LABEL, maxWidth);
        }

        static Column time(String header) {
            return new Column(header, Kind.TIME, 18);
        }

        static Column number(String header) {
            return new Column(header, Kind.NUMBER, 12);
        }
    }

    static final int SAMPLE = 500;
    static final int FLUSH_EVERY = 1_000;
    static final int MAX_ROWS = 1_048_575;
    private static final String TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<Column> columns;
    private final List<List<?>> sample = new ArrayList<>();
    private boolean started;
    private int row = 1;

    XlsxSheet(OutputStream out, String sheetName, List<Column> columns) {
        this.workbook = new Workbook(out, "CivicChat", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        this.columns = List.copyOf(columns);
    }

    /** Adds one row: String, Instant, Number or null cells, in column order. @return false once the sheet is full */
    boolean add(List<?> cells) throws IOException {
        if (row + sample.size() > MAX_ROWS) {
            return false;
        }
        if (!started) {
            sample.add(cells);
            if (sample.size() >= SAMPLE) {
                start();
            }
            return true;
        }
        write(cells);
        return true;
    }

    private void start() throws IOException {
        started = true;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            int width = displayWidth(col.header());
            for (List<?> r : sample) {
                width = Math.max(width, displayWidth(shown(col, r.get(c))));
            }
            sheet.width(c, Math.min(width, col.maxWidth()) + 2);
            sheet.value(0, c, col.header());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("EEEEEE").set();
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, columns.size() - 1);
        for (List<?> r : sample) {
            write(r);
        }
        sample.clear();
    }

    private void write(List<?> cells) throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            Object v = cells.get(c);
            if (v == null) {
                continue;
            }
            if (v instanceof Instant at) {
                sheet.value(row, c, LocalDateTime.ofInstant(at, TicketJson.ZONE));
                sheet.style(row, c).format(TIME_FORMAT).set();
            } else if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (columns.get(c).kind() == Kind.LABEL) {
                sheet.value(row, c, v.toString());
            } else {
                sheet.inlineString(row, c, v.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (!started) {
            start();
        }
        sheet.finish();
        workbook.finish();
    }

    private static String shown(Column col, Object v) {
        if (v == null) {
            return "";
        }
        return col.kind() == Kind.TIME ? "2026-01-01 00:00" : v.toString();
    }

    /** Width in Excel's character units: CJK and full-width chars count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
