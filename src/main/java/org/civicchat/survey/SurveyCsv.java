package org.civicchat.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicchat.shared.Beijing;

/**
 * One row per completed answer set: the survey pseudonym, the completion time (Beijing time), then each
 * question's answer (headers in Chinese: 答卷人, 完成时间, "1. question text"…) as option text (multi joined with "|", rating as its number). Starts with a UTF-8 BOM
 * so spreadsheet programs read the Chinese correctly. Holds no openid.
 */
final class SurveyCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Beijing.ZONE);

    private SurveyCsv() {
    }

    static void header(SurveyDefinition survey, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(String.join(",", headers(survey).stream().map(SurveyCsv::cell).toList()));
        out.write("\r\n");
    }

    /** 答卷人, 完成时间, then each question numbered with its text ("1. 您知道…"). */
    static java.util.List<String> headers(SurveyDefinition survey) {
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of("答卷人", "完成时间"));
        for (int i = 0; i < survey.questions().size(); i++) {
            out.add((i + 1) + ". " + survey.questions().get(i).text());
        }
        return out;
    }

    /** Each question's answer in readable form, in question order; null where unanswered. */
    static java.util.List<String> answers(SurveyDefinition survey, Map<String, String> answers) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Question q : survey.questions()) {
            String raw = answers.get(q.id());
            out.add(raw == null ? null : readable(q, Answer.decode(q.type(), raw)));
        }
        return out;
    }

    static void row(SurveyDefinition survey, String pseudonym, long completedAt, Map<String, String> answers,
                    Writer out) {
        try {
            out.write(cell(pseudonym));
            out.write(',');
            out.write(TIME.format(Instant.ofEpochMilli(completedAt)));
            for (String a : answers(survey, answers)) {
                out.write(',');
                out.write(a == null ? "" : cell(a));
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
