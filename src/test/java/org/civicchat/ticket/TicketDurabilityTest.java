package org.civicchat.ticket;

import org.civicchat.support.AppProcess;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills the app JVM with SIGKILL while eight residents file tickets over the portal, restarts it on the same
 * data directory, sends WeChat's retries of the messages that got no answer, and checks that every ticket
 * number a resident was told exists with that resident's words, and that no complaint was filed twice.
 * Starts two app JVMs (~40 s), so it runs only when asked:
 * {@code ./mvnw -q test -Dtest=TicketDurabilityTest -Ddurability=true} (also {@code bench/durability.sh}).
 */
@Tag("durability")
@EnabledIfSystemProperty(named = "durability", matches = "true")
class TicketDurabilityTest {

    private static final Pattern NUMBER = Pattern.compile("WM\\d{8}-\\d{4,6}");
    private static final int CLIENTS = 8;
    private static final int CONFIRMED_BEFORE_KILL = 60;

    @TempDir
    Path dir;

    @Test
    void everyTicketNumberSentToAResidentSurvivesAHardKillAndNoComplaintIsFiledTwice() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> texts = new ConcurrentHashMap<>();
        Map<String, String> xmls = new ConcurrentHashMap<>();
        Map<String, String> told = new ConcurrentHashMap<>();
        Map<String, Boolean> unanswered = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();

        AppProcess first = AppProcess.start(data, dir.resolve("first.log"));
        PortalClient portal = new PortalClient(first.port());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (!killed.get()) {
                    int k = next.incrementAndGet();
                    String resident = "o-durable-" + String.format("%06d", k);
                    String text = "青年路" + (1000 + k) + "号的路灯不亮了";
                    String xml = Messages.text(resident, text);
                    texts.put(resident, text);
                    xmls.put(resident, xml);
                    try {
                        PortalClient.Response r = portal.encrypted(xml);
                        Matcher m = NUMBER.matcher(r.status() == 200 ? portal.replyText(r) : "");
                        if (m.find()) {
                            told.put(resident, m.group());
                        } else {
                            unanswered.put(resident, true);
                        }
                    } catch (RuntimeException e) {
                        unanswered.put(resident, true);
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> told.size() >= CONFIRMED_BEFORE_KILL);
        first.killHard();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        try (AppProcess second = AppProcess.start(data, dir.resolve("second.log"))) {
            PortalClient again = new PortalClient(second.port());
            List<CompletableFuture<Void>> retries = new ArrayList<>();
            for (String resident : unanswered.keySet()) {
                retries.add(CompletableFuture.runAsync(() -> {
                    Matcher m = NUMBER.matcher(again.replyText(again.encrypted(xmls.get(resident))));
                    if (m.find()) {
                        told.put(resident, m.group());
                    }
                }));
            }
            retries.forEach(CompletableFuture::join);

            Map<String, List<String>> byText = allTickets(second);
            for (Map.Entry<String, String> e : told.entrySet()) {
                JsonNode t = get(second, "/api/admin/tickets/" + e.getValue());
                assertThat(t.path("id").asString()).as("ticket %s told to %s", e.getValue(), e.getKey())
                        .isEqualTo(e.getValue());
                assertThat(t.path("description").asString()).isEqualTo(texts.get(e.getKey()));
            }
            assertThat(byText.values()).allSatisfy(numbers -> assertThat(numbers).hasSize(1));
            assertThat(byText.keySet()).allSatisfy(text -> assertThat(texts).containsValue(text));
            System.out.printf("durability: %d residents sent, %d told a number, %d unanswered at the kill, %d tickets stored%n",
                    texts.size(), told.size(), unanswered.size(), byText.size());
        }
    }

    private static Map<String, List<String>> allTickets(AppProcess app) throws Exception {
        Map<String, List<String>> byText = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = get(app, "/api/admin/tickets?size=200&page=" + page);
            JsonNode items = body.path("items");
            for (JsonNode t : items) {
                byText.computeIfAbsent(t.path("description").asString(), x -> new ArrayList<>()).add(t.path("id").asString());
            }
            if (items.size() < 200) {
                return byText;
            }
        }
    }

    private static JsonNode get(AppProcess app, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + AppProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }
}
