package org.civicchat.admin;

import org.civicchat.ticket.Category;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.Filing;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.StaffTickets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the console's lists and dashboard answer with many tickets in Redis. Files N tickets through
 * {@link ResidentTickets} (distinct residents and places, all categories), then times the list endpoint with
 * each filter, a deep page, the text search, the dashboard and, when Chromium is installed, the ticket and
 * dashboard pages in the browser. A measurement, not a test of the build; run it with
 * <pre>./mvnw test -Dtest=ConsoleLoadBench -Dcivicchat.bench=100000</pre>
 * (about five minutes on two cores, most of it filing). Prints a table of median and worst times.
 */
@EnabledIfSystemProperty(named = "civicchat.bench", matches = "\\d+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "civicchat.redis.embedded-port=0",
        "civicchat.admin.password=bench-admin-password",
        "logging.level.org.civicchat=WARN"
})
class ConsoleLoadBench {

    static final String[] ROADS = {"青年路", "解放路", "建设路", "文化路", "光明路", "人民路", "长安路", "滨河路"};
    static final int RUNS = 10;

    @DynamicPropertySource
    static void freshData(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("civicchat-console-bench").toString();
        registry.add("civicchat.redis.data-dir", () -> dir);
    }

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;
    @Autowired
    StaffTickets staffTickets;

    @Test
    void listsAndDashboardWithManyTickets() throws Exception {
        int count = Integer.parseInt(System.getProperty("civicchat.bench"));
        long seeded = seed(count);
        StaffHttp admin = new StaffHttp(port);
        admin.signIn("admin", "bench-admin-password");
        String total = admin.get("/api/admin/tickets?size=1").body().replaceAll(".*\"total\":(\\d+).*", "$1");
        System.out.printf(Locale.ROOT, "%n%d tickets in Redis (filed %d in %.0f s)%n", Long.parseLong(total), count,
                seeded / 1000.0);

        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("list, newest first (page 1 of 20)", "/api/admin/tickets");
        calls.put("list, oldest first", "/api/admin/tickets?sort=createdAt");
        calls.put("list, open only", "/api/admin/tickets?status=open");
        calls.put("list, one category", "/api/admin/tickets?category=noise");
        calls.put("list, department + open", "/api/admin/tickets?status=open&department="
                + URLEncoder.encode("区城市管理局", StandardCharsets.UTF_8));
        calls.put("list, category + status + dates", "/api/admin/tickets?status=submitted&category=greenery&from=2020-01-01&to=2099-12-31");
        calls.put("list, last page (40 per page)", "/api/admin/tickets?size=40&page=" + Math.max(0, count / 40 - 1));
        calls.put("list, text search (matches)", "/api/admin/tickets?text=" + URLEncoder.encode("路灯", StandardCharsets.UTF_8));
        calls.put("list, text search (no match, scans the cap)", "/api/admin/tickets?text="
                + URLEncoder.encode("没有这句话", StandardCharsets.UTF_8));
        calls.put("one ticket", "/api/admin/tickets/" + firstNumber(admin));
        calls.put("categories", "/api/admin/tickets/categories");
        calls.put("dashboard", "/api/admin/dashboard");
        System.out.printf("%-48s %10s %10s%n", "request", "median ms", "max ms");
        for (Map.Entry<String, String> call : calls.entrySet()) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < RUNS + 2; i++) {
                long t0 = System.nanoTime();
                var r = admin.get(call.getValue());
                double ms = (System.nanoTime() - t0) / 1e6;
                assertThat(r.statusCode()).as(call.getValue()).isEqualTo(200);
                if (i >= 2) {
                    times.add(ms);
                }
            }
            times.sort(Double::compare);
            System.out.printf(Locale.ROOT, "%-48s %10.1f %10.1f%n", call.getKey(), times.get(times.size() / 2),
                    times.get(times.size() - 1));
        }
        exportTimes();
        if (Browser.installed()) {
            browserTimes();
        }
    }

    /** The whole ticket list as CSV and as Excel, streamed: time and size of each, twice. */
    private void exportTimes() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(
                "admin:bench-admin-password".getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/api/admin/tickets.csv", "/api/admin/tickets.xlsx")) {
            for (int i = 0; i < 2; i++) {
                long t0 = System.nanoTime();
                var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", auth).build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
                long bytes;
                try (var in = r.body()) {
                    bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                System.out.printf(Locale.ROOT, "%-48s %10.0f ms %8.1f MB%n", "export " + path, (System.nanoTime() - t0) / 1e6,
                        bytes / 1e6);
            }
        }
    }

    private void browserTimes() {
        try (Browser b = Browser.open(port, 1280, 800)) {
            b.signIn("admin", "bench-admin-password");
            for (String page : List.of("tickets", "tickets?status=open&category=noise", "dashboard")) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    b.go("/console/login.html?out");
                    long t0 = System.nanoTime();
                    b.page(page);
                    times.add((System.nanoTime() - t0) / 1e6);
                }
                times.remove(0);
                times.sort(Double::compare);
                System.out.printf(Locale.ROOT, "%-48s %10.1f %10.1f%n", "browser: full load of #/" + page,
                        times.get(times.size() / 2), times.get(times.size() - 1));
            }
        }
    }

    private String firstNumber(StaffHttp admin) {
        return admin.get("/api/admin/tickets?size=1").body().replaceAll(".*?\"id\":\"(WM[0-9-]+)\".*", "$1");
    }

    /** Files {@code count} tickets from two threads; returns the milliseconds it took. */
    private long seed(int count) throws InterruptedException {
        List<Category> categories = staffTickets.categories();
        AtomicInteger next = new AtomicInteger();
        long t0 = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int w = 0; w < 2; w++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    Category c = categories.get(i % categories.size());
                    String place = ROADS[i % ROADS.length] + (i / ROADS.length + 1) + "号";
                    String openid = "o-bench-" + i;
                    String example = c.examples().split("；")[i % c.examples().split("；").length];
                    tickets.addToDraft(openid, DraftPart.words(place + example + "，请尽快处理", c.id(), place));
                    Filing f = tickets.fileDraft(openid, "bench:" + i, true);
                    if (f.outcome() != Filing.Outcome.FILED) {
                        throw new IllegalStateException("ticket " + i + " was " + f.outcome());
                    }
                    if (i % 20_000 == 0) {
                        System.out.printf("filed %d%n", i);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        return System.currentTimeMillis() - t0;
    }
}
