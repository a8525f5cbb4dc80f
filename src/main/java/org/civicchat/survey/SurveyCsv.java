package org.civicchat.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row per completed answer set: the survey pseudonym, the completion time (Beijing time), then each
 * question's answer as option text (multi joined with "|", rating as its number). Starts with a UTF-8 BOM
 * so spreadsheet programs read the Chinese correctly. Holds no openid.
 */
final class SurveyCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private SurveyCsv() {
    }

    static void header(SurveyDefinition survey, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write("respondent,completed_at");
        for (Question q : survey.questions()) {
            out.write(',');
            out.write(cell(q.id()));
        }
        out.write("\r\n");
    }

    static void row(SurveyDefinition survey, String pseudonym, long completedAt, Map<String, String> answers,
                    Writer out) {
        try {
            out.write(cell(pseudonym));
            out.write(',');
            out.write(TIME.format(Instant.ofEpochMilli(completedAt)));
            for (Question q : survey.questions()) {
                out.write(',');
                String raw = answers.get(q.id());
                out.write(raw == null ? "" : cell(readable(q, Answer.decode(q.type(), raw))));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readable(Question q, Answer answer) {
        return switch (q.type()) {
            case TEXT -> answer.text();
            case RATING -> answer.picks().stream().map(String::valueOf).collect(Collectors.joining("|"));
            case SINGLE, MULTI -> answer.picks().stream().map(i -> q.options().get(i)).collect(Collectors.joining("|"));
        };
    }

    /** Quoted when needed; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
