package org.civicchat.admin;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The figures behind the console's dashboard, in one call (office staff only). */
@RestController
class DashboardApi {

    private final Figures figures;

    DashboardApi(Figures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/admin/dashboard")
    Map<String, Object> dashboard() {
        return figures.dashboard();
    }
}
