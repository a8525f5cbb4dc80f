package org.civicchat.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civicchat.volunteer.Activity;
import org.civicchat.volunteer.ActivityDraft;
import org.civicchat.volunteer.Roster;
import org.civicchat.volunteer.RosterEntry;
import org.civicchat.volunteer.VolunteerFigures;
import org.civicchat.volunteer.VolunteerService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Volunteer activities for the office (admin and operator): publish, list, edit, close, cancel, the roster
 * with check-ins and hours, hour adjustments, the roster as CSV and the figures. Errors are RFC 9457 problems
 * with a Chinese detail ({@link VolunteerErrors}).
 */
@RestController
@RequestMapping("/api/admin/volunteer")
class VolunteerApi {

    /** Roles that may see volunteers' whole phone numbers (the organiser's view). */
    private static final Set<String> SEE_PHONES = Set.of("ROLE_ADMIN", "ROLE_OPERATOR");

    private final VolunteerService volunteers;

    VolunteerApi(VolunteerService volunteers) {
        this.volunteers = volunteers;
    }

    @PostMapping("/activities")
    ResponseEntity<Created> create(@Valid @RequestBody ActivityRequest request) {
        Activity a = volunteers.publish(request.draft(), Boolean.TRUE.equals(request.push()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(a.id(), a.checkInCode()));
    }

    @GetMapping("/activities")
    Listing list() {
        return new Listing(volunteers.upcoming(), volunteers.past());
    }

    @GetMapping("/activities/{id}")
    Activity get(@PathVariable String id) {
        return volunteers.get(id);
    }

    /** Replaces the details; time or place changes are told to everyone signed up or waiting. */
    @PutMapping("/activities/{id}")
    Activity edit(@PathVariable String id, @Valid @RequestBody ActivityRequest request) {
        return volunteers.edit(id, request.draft());
    }

    @PostMapping("/activities/{id}/close")
    Activity close(@PathVariable String id) {
        return volunteers.close(id);
    }

    @PostMapping("/activities/{id}/cancel")
    Activity cancel(@PathVariable String id) {
        return volunteers.cancel(id);
    }

    /** {@code ?phones=full} shows whole phone numbers to roles that may see them; masked otherwise. */
    @GetMapping("/activities/{id}/roster")
    Roster roster(@PathVariable String id, @RequestParam(required = false) String phones, Authentication who) {
        return volunteers.roster(id, fullPhones(phones, who));
    }

    @PutMapping("/activities/{id}/roster/{no}/hours")
    RosterEntry hours(@PathVariable String id, @PathVariable int no, @Valid @RequestBody HoursRequest request) {
        return volunteers.adjustHours(id, no, request.hours());
    }

    @GetMapping("/activities/{id}/roster.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String id, @RequestParam(required = false) String phones,
                                              Authentication who) {
        volunteers.get(id);
        boolean full = fullPhones(phones, who);
        StreamingResponseBody body = out -> volunteers.exportCsv(id, full, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"volunteer-" + id + "-roster.csv\"")
                .body(body);
    }

    /** The roster as an Excel workbook: signed up, then waiting; times as dates, hours as numbers. */
    @GetMapping("/activities/{id}/roster.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String id, @RequestParam(required = false) String phones,
                                               Authentication who) {
        Roster roster = volunteers.roster(id, fullPhones(phones, who));
        List<XlsxSheet.Column> columns = List.of(XlsxSheet.Column.number("序号"), XlsxSheet.Column.text("状态", 8),
                XlsxSheet.Column.text("姓名", 12), XlsxSheet.Column.text("手机号", 14), XlsxSheet.Column.text("居民", 14),
                XlsxSheet.Column.time("报名时间"), XlsxSheet.Column.time("签到时间"), XlsxSheet.Column.number("服务时长(小时)"));
        StreamingResponseBody body = out -> {
            try (XlsxSheet sheet = new XlsxSheet(out, "报名名单", columns)) {
                for (RosterEntry e : roster.signedUp()) {
                    sheet.add(cells(e, e.checkedInAt() == null ? "已报名" : "已签到"));
                }
                for (RosterEntry e : roster.waitlist()) {
                    sheet.add(cells(e, "候补"));
                }
            }
        };
        return ResponseEntity.ok()
                .contentType(TicketsXlsx.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"volunteer-" + id + "-roster.xlsx\"")
                .body(body);
    }

    private static List<Object> cells(RosterEntry e, String state) {
        List<Object> cells = new java.util.ArrayList<>();
        cells.add(e.no());
        cells.add(state);
        cells.add(e.name());
        cells.add(e.phone());
        cells.add(e.resident());
        cells.add(e.signedUpAt());
        cells.add(e.checkedInAt());
        cells.add(e.hours());
        return cells;
    }

    @GetMapping("/figures")
    VolunteerFigures figures() {
        return volunteers.figures();
    }

    private static boolean fullPhones(String phones, Authentication who) {
        return "full".equals(phones) && who != null
                && who.getAuthorities().stream().anyMatch(a -> SEE_PHONES.contains(a.getAuthority()));
    }

    /** The activity as posted; times ISO 8601 with an offset ("2026-12-05T09:00:00+08:00"). */
    record ActivityRequest(@NotBlank(message = "请填写标题") @Size(max = 40, message = "标题最多40个字") String title,
                           @Size(max = 500, message = "活动介绍最多500个字") String description,
                           @NotBlank(message = "请填写地点") @Size(max = 60, message = "地点最多60个字") String place,
                           @Size(max = 30, message = "社区最多30个字") String community,
                           @NotNull(message = "请填写开始时间") OffsetDateTime startsAt,
                           @NotNull(message = "请填写结束时间") OffsetDateTime endsAt,
                           @NotNull(message = "请填写名额") @Min(value = 1, message = "名额至少1人")
                           @Max(value = 10_000, message = "名额最多10000人") Integer quota,
                           Boolean needsPhone,
                           @Size(max = 40, message = "组织者最多40个字") String organiser,
                           @Size(max = 40, message = "联系方式最多40个字") String contact,
                           @Size(max = 200, message = "备注最多200个字") String notes,
                           Boolean push) {

        ActivityDraft draft() {
            return new ActivityDraft(title, description, place, community, startsAt.toInstant(), endsAt.toInstant(),
                    quota, Boolean.TRUE.equals(needsPhone), organiser, contact, notes);
        }
    }

    record HoursRequest(@NotNull(message = "请填写服务时长") @Min(value = 0, message = "服务时长不能为负")
                        @Max(value = 24, message = "服务时长最多24小时") Double hours) {
    }

    record Created(String id, String checkInCode) {
    }

    record Listing(List<Activity> upcoming, List<Activity> past) {
    }
}
