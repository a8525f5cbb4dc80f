package org.civicchat.admin;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.civicchat.privacy.PersonalData;
import org.civicchat.shared.Beijing;
import org.civicchat.ticket.Actor;
import org.civicchat.ticket.LogEntry;
import org.civicchat.ticket.Photo;
import org.civicchat.ticket.Report;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Tickets as the staff API shows them: openids masked, personal numbers and e-mails in free text masked, times
 * ISO 8601 in Beijing time, {@code allowedNext} the statuses the caller's role may move the ticket to now (the
 * lifecycle table and the role's rights, so the console offers only moves that can work).
 */
final class TicketJson {

    static final ZoneId ZONE = Beijing.ZONE;
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    private TicketJson() {
    }

    /**
     * A row of the list.
     *
     * @param rating  1 满意, 2 基本满意, 3 不满意, null when not rated
     * @param flagged the sensitive words the resident's text contains, empty when none
     */
    record Summary(String id, String status, String statusName, String category, String categoryName,
                   String department, String grid, String handler, String location, Double latitude,
                   Double longitude, String description, String resident, String createdAt, String updatedAt,
                   String deadline, boolean overdue, boolean urgent, int escalation, int followers, int photoCount,
                   Integer rating, String duplicateOf, String reason, String source, List<String> flagged,
                   List<String> allowedNext) {
    }

    /** One ticket's page: the row's fields, then its log, photos and the reports folded into it. */
    record Detail(@JsonUnwrapped Summary ticket, List<LogLine> log, List<PhotoView> photos,
                  List<ReportView> reports) {
    }

    record LogLine(String at, String who, String action, String from, String to, String note, String photo,
                   String toResident) {
    }

    /** @param file where a stored photo is read, null until it is downloaded */
    record PhotoView(String id, String kind, String state, String picUrl, String mediaId, String addedAt,
                     String file) {
    }

    record ReportView(String id, String resident, String text, String location, String mergedTicket, String at) {
    }

    static Summary summary(Ticket t, List<String> flagged, Actor.Role role) {
        return new Summary(t.number(), t.status().id(), t.status().label(), t.category(), t.categoryName(),
                t.department(), t.grid(), t.handler(), PersonalData.maskNumbers(t.location()), t.latitude(),
                t.longitude(), PersonalData.maskNumbers(t.description()), PersonalData.openid(t.openid()),
                time(t.createdAt()), time(t.updatedAt()), time(t.deadline()), t.overdue(), t.urgent(),
                t.escalation(), t.followerCount(), t.photoCount(), t.rating() == 0 ? null : t.rating(),
                t.duplicateOf(), t.reason(), t.source(), flagged,
                t.status().allowedNext(role).stream().map(TicketStatus::id).toList());
    }

    static Detail detail(Summary summary, List<LogEntry> log, List<Photo> photos, List<Report> reports) {
        return new Detail(summary, log.stream().map(TicketJson::line).toList(),
                photos.stream().map(p -> photo(summary.id(), p)).toList(),
                reports.stream().map(TicketJson::report).toList());
    }

    private static LogLine line(LogEntry e) {
        return new LogLine(time(e.at()), who(e.who()), e.action(), e.from() == null ? null : e.from().id(),
                e.to() == null ? null : e.to().id(), PersonalData.maskNumbers(e.note()), e.photo(),
                e.toResident() == null ? null : PersonalData.maskNumbers(e.toResident()));
    }

    private static PhotoView photo(String number, Photo p) {
        return new PhotoView(p.id(), p.kind(), p.state(), p.picUrl(), p.mediaId(), time(p.addedAt()),
                "stored".equals(p.state()) ? "/api/admin/tickets/" + number + "/photos/" + p.id() : null);
    }

    private static ReportView report(Report r) {
        return new ReportView(r.id(), r.openid() == null ? null : PersonalData.openid(r.openid()),
                PersonalData.maskNumbers(r.text()), PersonalData.maskNumbers(r.location()), r.mergedTicket(),
                time(r.at()));
    }

    static String time(Instant at) {
        return at == null ? null : ISO.format(at);
    }

    /** "resident:oAbc…" masked; staff names and "system" as they are. */
    static String who(String who) {
        if (who != null && who.startsWith("resident:")) {
            return "resident:" + PersonalData.openid(who.substring("resident:".length()));
        }
        return who;
    }
}
