package org.civicchat.admin;

import org.civicchat.moderation.ModerationService;
import org.civicchat.ticket.Actor;
import org.civicchat.ticket.InvalidTicketRequest;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketFilter;
import org.civicchat.ticket.TicketNotFound;
import org.civicchat.ticket.TicketPage;
import org.civicchat.ticket.TicketStatus;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tickets for staff: one ticket with its log, lists with filters and paging from the Redis indexes,
 * transitions, assignment, notes, merge and split, photos, rating figures. Handlers see only their
 * department's tickets; anything else is "not found" to them (the same 404 as a number that does not exist,
 * so ticket numbers cannot be probed). CSV export is {@link TicketsCsv}.
 */
@RestController
class TicketsApi {

    private final StaffTickets tickets;
    private final StaffScope scope;
    private final ModerationService moderation;

    private final StaffDirectory staff;

    TicketsApi(StaffTickets tickets, StaffScope scope, ModerationService moderation, StaffDirectory staff) {
        this.tickets = tickets;
        this.scope = scope;
        this.moderation = moderation;
        this.staff = staff;
    }

    @GetMapping("/api/admin/tickets/{number}")
    TicketJson.Detail one(@PathVariable String number, Authentication who) {
        Ticket t = visible(number, who);
        return TicketJson.detail(summary(t, who), tickets.log(t.number()), tickets.photos(t.number()),
                tickets.reports(t.number()));
    }

    /** A page of tickets, the urgent open ones pinned above it on the first page. */
    record TicketList(List<TicketJson.Summary> items, List<TicketJson.Summary> urgent, long total,
                      boolean totalExact, int page, int size) {
    }

    @GetMapping("/api/admin/tickets")
    TicketList list(@RequestParam(required = false) String status,
                    @RequestParam(required = false) String category,
                    @RequestParam(required = false) String department,
                    @RequestParam(required = false) String grid,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(defaultValue = "false") boolean overdue,
                    @RequestParam(required = false) String text,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size,
                    @RequestParam(defaultValue = "-createdAt") String sort,
                    Authentication who) {
        TicketFilter filter = filter(status, category, department, grid, from, to, overdue, text, page, size, sort, who);
        TicketPage result = byNumber(text, who).map(t -> new TicketPage(List.of(t), 1, true, 0, filter.size()))
                .orElseGet(() -> tickets.list(filter));
        List<TicketJson.Summary> urgent = page == 0
                ? tickets.urgentOpen(filter, 10).stream().map(t -> summary(t, who)).toList() : List.of();
        return new TicketList(result.items().stream().map(t -> summary(t, who)).toList(), urgent, result.total(),
                result.totalExact(), result.page(), result.size());
    }

    @PostMapping("/api/admin/tickets/{number}/transitions")
    TicketJson.Detail transition(@PathVariable String number, @RequestBody TransitionRequest body,
                                Authentication who) {
        Ticket t = visible(number, who);
        tickets.transition(t.number(), TicketStatus.fromId(body.to()), actor(who), body.note(),
                body.residentMessage(), body.reason(), body.photo());
        return one(t.number(), who);
    }

    @PostMapping("/api/admin/tickets/{number}/assign")
    TicketJson.Detail assign(@PathVariable String number, @RequestBody AssignRequest body, Authentication who) {
        Ticket t = visible(number, who);
        checkHandler(body.handler());
        tickets.assign(t.number(), body.department(), body.grid(), body.handler(), actor(who), body.note());
        return one(t.number(), who);
    }

    @PostMapping("/api/admin/tickets/{number}/notes")
    TicketJson.Detail note(@PathVariable String number, @RequestBody NoteRequest body, Authentication who) {
        Ticket t = visible(number, who);
        tickets.note(t.number(), actor(who), body.note());
        return one(t.number(), who);
    }

    @PostMapping("/api/admin/tickets/{number}/merge")
    TicketJson.Detail merge(@PathVariable String number, @RequestBody MergeRequest body, Authentication who) {
        Ticket t = visible(number, who);
        Ticket into = visible(canonical(body.into()), who);
        tickets.merge(t.number(), into.number(), actor(who));
        return one(t.number(), who);
    }

    @PostMapping("/api/admin/tickets/{number}/split")
    TicketJson.Detail split(@PathVariable String number, @RequestBody SplitRequest body, Authentication who) {
        Ticket t = visible(number, who);
        Ticket own = tickets.split(t.number(), body.report(), actor(who));
        return one(own.number(), who);
    }

    @GetMapping("/api/admin/tickets/{number}/photos/{photo}")
    ResponseEntity<Resource> photo(@PathVariable String number, @PathVariable String photo,
                                   @RequestParam(defaultValue = "false") boolean stripped, Authentication who) {
        Ticket t = visible(number, who);
        return tickets.photoFile(t.number(), photo, stripped)
                .map(f -> ResponseEntity.ok().contentType(contentType(f)).<Resource>body(new FileSystemResource(f)))
                .orElseThrow(() -> new TicketNotFound(number + "/" + photo));
    }

    /** By the file's first bytes: residents' photos and stripped copies are JPEG, staff uploads may be PNG or WebP. */
    private static MediaType contentType(java.nio.file.Path f) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(f)) {
            return org.civicchat.ticket.media.ImageType.sniff(in.readNBytes(16))
                    .map(t -> MediaType.parseMediaType(t.mediaType())).orElse(MediaType.IMAGE_JPEG);
        } catch (java.io.IOException e) {
            return MediaType.IMAGE_JPEG;
        }
    }

    @GetMapping("/api/admin/tickets/ratings")
    Map<String, Map<String, String>> ratings(Authentication who) {
        Optional<String> only = scope.departmentOf(who);
        Map<String, Map<String, String>> all = tickets.ratings();
        if (only.isEmpty()) {
            return all;
        }
        return all.containsKey(only.get()) ? Map.of(only.get(), all.get(only.get())) : Map.of();
    }

    @GetMapping("/api/admin/tickets/categories")
    List<org.civicchat.ticket.Category> categories() {
        return tickets.categories();
    }

    /** A search for a ticket number (as typed: "wm20261201 0042" too) finds that ticket when the viewer may see it. */
    private Optional<Ticket> byNumber(String text, Authentication who) {
        if (text == null || !org.civicchat.nlp.TicketNumbers.isBare(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(visible(text, who));
        } catch (TicketNotFound e) {
            return Optional.empty();
        }
    }

    /** A handler named on assignment must be an enabled handler account: a misspelt name is refused. */
    private void checkHandler(String handler) {
        if (handler == null || handler.isBlank()) {
            return;
        }
        boolean known = staff.find(handler.strip()).filter(a -> a.enabled() && a.has(StaffRole.HANDLER)).isPresent();
        if (!known) {
            throw new InvalidTicketRequest("没有名为“" + handler.strip() + "”的处置人员账号，请检查拼写，或先在“账号与日志”中创建。");
        }
    }

    /** The row with the sensitive words the resident's text contains and the moves this caller may make. */
    private TicketJson.Summary summary(Ticket t, Authentication who) {
        return TicketJson.summary(t, moderation.find(t.description()), actor(who).role());
    }

    TicketFilter filter(String status, String category, String department, String grid, LocalDate from,
                        LocalDate to, boolean overdue, String text, int page, int size, String sort,
                        Authentication who) {
        Set<TicketStatus> statuses = status == null || status.isBlank() ? Set.of()
                : Arrays.stream(status.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.equals("open") ? null : TicketStatus.fromId(s))
                .flatMap(s -> s == null ? Arrays.stream(TicketStatus.values()).filter(TicketStatus::open) : java.util.stream.Stream.of(s))
                .collect(Collectors.toSet());
        boolean newestFirst = switch (sort) {
            case "-createdAt", "createdAt,desc" -> true;
            case "createdAt", "+createdAt", "createdAt,asc" -> false;
            default -> throw new InvalidTicketRequest("sort must be createdAt or -createdAt, was " + sort);
        };
        String dept = scope.departmentOf(who).orElse(department);
        return new TicketFilter(statuses, category, dept, grid, from, to, overdue, text, page, size, newestFirst);
    }

    Ticket visible(String number, Authentication who) {
        Ticket t = tickets.get(canonical(number));
        Optional<String> only = scope.departmentOf(who);
        if (only.isPresent() && !only.get().equals(t.department())) {
            throw new TicketNotFound(t.number());
        }
        return t;
    }

    private static String canonical(String number) {
        if (number == null) {
            throw new InvalidTicketRequest("ticket number is missing");
        }
        return org.civicchat.ticket.TicketNumbers.find(number).orElseThrow(() -> new TicketNotFound(number));
    }

    private Actor actor(Authentication who) {
        return scope.actor(who);
    }

    /**
     * @param note            an internal note: staff read it in the log, the resident never does
     * @param residentMessage optional words for the resident, sent with the status notice and shown in their
     *                        "查询" history; the only staff text a resident ever reads (besides a rejection's reason)
     */
    record TransitionRequest(String to, String note, String residentMessage, String reason, String photo) {
    }

    record AssignRequest(String department, String grid, String handler, String note) {
    }

    record NoteRequest(String note) {
    }

    record MergeRequest(String into) {
    }

    record SplitRequest(String report) {
    }

    /** The export columns, CSV and Excel alike. */
    static List<String> csvColumns() {
        return List.of("工单号", "状态", "类别", "办理部门", "网格", "地点", "问题描述", "提交时间", "办理期限", "是否超期",
                "评价", "关注人数");
    }
}
