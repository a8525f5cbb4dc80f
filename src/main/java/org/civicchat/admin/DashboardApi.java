package org.civicchat.admin;

import org.civicchat.ticket.Category;
import org.civicchat.ticket.TicketStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The figures behind the console's dashboard, in one call, and the hotspot view (office staff only). */
@RestController
class DashboardApi {

    static final int MAX_WEEKS = 52;

    private final Figures figures;
    private final Hotspots hotspots;

    DashboardApi(Figures figures, Hotspots hotspots) {
        this.figures = figures;
        this.hotspots = hotspots;
    }

    @GetMapping("/api/admin/dashboard")
    Figures.Dashboard dashboard() {
        return figures.dashboard();
    }

    /**
     * Tickets per grid and week, and their reported positions.
     *
     * @param category a category id; blank for all
     * @param status   status ids separated by commas, or "open" for every open status; blank for all
     * @param weeks    how many weeks up to the current one, 1 to 52
     */
    @GetMapping("/api/admin/dashboard/hotspots")
    Hotspots.HotspotView hotspots(@RequestParam(required = false) String category,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String weeks) {
        return hotspots.view(new Hotspots.HotspotQuery(category(category), statuses(status), weeks(weeks)));
    }

    private String category(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String wanted = id.strip();
        return hotspots.categories().stream().map(Category::id).filter(wanted::equals).findFirst()
                .orElseThrow(() -> new BadHotspotQuery("没有“" + wanted + "”这个问题类别，请从类别列表中选择。"));
    }

    static Set<TicketStatus> statuses(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        Set<TicketStatus> out = EnumSet.noneOf(TicketStatus.class);
        for (String id : list.split(",")) {
            String s = id.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.equals("open")) {
                out.addAll(TicketFigures.OPEN);
                continue;
            }
            TicketStatus found = Arrays.stream(TicketStatus.values()).filter(t -> t.id().equals(s)).findFirst()
                    .orElseThrow(() -> new BadHotspotQuery("没有“" + s + "”这个工单状态。可选：open（在办）或 "
                            + Arrays.stream(TicketStatus.values()).map(t -> t.id() + "（" + t.label() + "）")
                            .collect(Collectors.joining("、")) + "。"));
            out.add(found);
        }
        return out;
    }

    static int weeks(String text) {
        if (text == null || text.isBlank()) {
            return 12;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX_WEEKS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadHotspotQuery("周数应为 1 到 " + MAX_WEEKS + " 之间的整数，收到的是“" + text.strip() + "”。");
    }

    @ExceptionHandler(BadHotspotQuery.class)
    ProblemDetail bad(BadHotspotQuery e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("热点查询条件有误");
        p.setProperty("message", e.getMessage());
        return p;
    }

    /** A hotspot query the office cannot mean; the message is the Chinese sentence shown to the operator. */
    static final class BadHotspotQuery extends RuntimeException {
        BadHotspotQuery(String message) {
            super(message);
        }
    }
}
