package org.civicchat.ticket.routing;

import org.civicchat.ticket.TicketSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} at {1} -> {2} / {3} / {4}h")
    @CsvSource({
            "environment-sanitation, 青年路88号,      区环境卫生管理所, 青年路网格, 24",
            "illegal-parking,        火车站广场东侧,  区交警大队,       火车站网格, 12",
            "pets,                   桃园小区南边,    公安分局治安大队（养犬管理）, 锦绣家园网格, 48",
            "noise,                  光明路32号,      区生态环境分局,   '',        24",
            "no-such-category,       滨河公园北门,    街道办事处（按问题转办）, 滨河网格, 120",
    })
    void categoryAndPlaceGiveDepartmentGridAndDeadline(String category, String location, String department,
                                                       String grid, int hours) {
        Route route = new Routing(TicketSettings.defaults(dataDir)).route(category, location);
        assertThat(route.department()).isEqualTo(department);
        assertThat(route.grid()).isEqualTo(grid == null ? "" : grid);
        assertThat(route.deadlineHours()).isEqualTo(hours);
    }

    @Test
    void everyCategoryOfTheSharedListIsKnownWithItsDefaultDepartment() {
        Routing routing = new Routing(TicketSettings.defaults(dataDir));
        assertThat(routing.categories()).hasSize(14);
        assertThat(routing.category("public-facilities").afterPhoto()).isTrue();
        assertThat(routing.category("road-traffic").afterPhoto()).isFalse();
        assertThat(routing.category("public-facilities").name()).isEqualTo("公共设施损坏");
    }

    @Test
    void theOperatorsOverrideReplacesEntriesAndIsReloadedWhenItChanges() throws Exception {
        Routing routing = new Routing(TicketSettings.defaults(dataDir));
        Path override = dataDir.resolve("ticket/routing.yaml");
        Files.createDirectories(override.getParent());
        Files.writeString(override, """
                categories:
                  noise: {department: 文明城市巡查队, deadlineHours: 6}
                grids:
                  - grid: 光明网格
                    keywords: [光明路]
                    handler: 光明网格员
                    handlerOpenid: o-grid-worker-1
                """);
        Files.setLastModifiedTime(override, FileTime.from(Instant.now().plusSeconds(5)));
        routing.reloadIfChanged();
        Route route = routing.route("noise", "光明路32号");
        assertThat(route.department()).isEqualTo("文明城市巡查队");
        assertThat(route.deadlineHours()).isEqualTo(6);
        assertThat(route.grid()).isEqualTo("光明网格");
        assertThat(routing.openidOf("光明网格员")).contains("o-grid-worker-1");
        assertThat(routing.category("pets").deadlineHours()).isEqualTo(48);
    }

    @Test
    void aBrokenOverrideIsIgnoredAndTheLastGoodRulesStay() throws Exception {
        Routing routing = new Routing(TicketSettings.defaults(dataDir));
        Path override = dataDir.resolve("ticket/routing.yaml");
        Files.createDirectories(override.getParent());
        Files.writeString(override, "categories: [this is: not: valid");
        Files.setLastModifiedTime(override, FileTime.from(Instant.now().plusSeconds(5)));
        routing.reloadIfChanged();
        assertThat(routing.route("noise", "青年路1号").department()).isEqualTo("区生态环境分局");
    }

    @Test
    void anOverrideOfTheWrongShapeIsIgnoredAndTheLastGoodRulesStay() throws Exception {
        Routing routing = new Routing(TicketSettings.defaults(dataDir));
        Path override = dataDir.resolve("ticket/routing.yaml");
        Files.createDirectories(override.getParent());
        Files.writeString(override, """
                categories:
                  noise: {department: 文明城市巡查队}
                grids: [光明路]
                """);
        Files.setLastModifiedTime(override, FileTime.from(Instant.now().plusSeconds(5)));
        routing.reloadIfChanged();
        Route route = routing.route("noise", "青年路1号");
        assertThat(route.department()).isEqualTo("区生态环境分局");
        assertThat(route.grid()).isEqualTo("青年路网格");
    }
}
