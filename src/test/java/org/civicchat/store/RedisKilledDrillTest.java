package org.civicchat.store;

import org.civicchat.CivicChatApplication;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault drill 1: the redis-server is killed hard (SIGKILL) while residents write. FAQ answers keep flowing from
 * the in-memory index; a complaint is told honestly that it could not be saved, never given a number. When
 * Redis is back the app reconnects by itself, and every number that was told to a resident exists.
 */
class RedisKilledDrillTest {

    private static final Pattern NUMBER = Pattern.compile("WM\\d{8}-\\d{4}");

    @TempDir
    static Path dataDir;
    static int redisPort;
    static ConfigurableApplicationContext app;
    static PortalClient portal;
    static EmbeddedRedis restarted;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            redisPort = socket.getLocalPort();
        }
        app = new SpringApplicationBuilder(CivicChatApplication.class).run(
                "--server.port=0",
                "--civicchat.redis.embedded-port=" + redisPort,
                "--civicchat.redis.data-dir=" + dataDir,
                "--civicchat.admin.password=redis-drill",
                "--logging.level.org.civicchat=ERROR");
        portal = new PortalClient(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stop() {
        app.close();
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void answersKeepFlowingComplaintsAreRefusedHonestlyAndEveryToldNumberExistsAfterwards() throws Exception {
        List<String> told = new ArrayList<>();
        told.addAll(numbers(portal.ask("o-drill-1", "文化路12号的路灯坏了，晚上很黑")));
        assertThat(told).hasSize(1);

        killRedis();

        String answer = portal.ask("o-drill-2", "垃圾分类分为哪几类？");
        assertThat(answer).contains("可回收物");
        String refused = portal.ask("o-drill-3", "建设路东段的井盖松动了，很危险");
        assertThat(numbers(refused)).isEmpty();
        assertThat(refused).containsAnyOf("没能保存", "未能保存", "没有保存", "稍后", "再发");

        restarted = new EmbeddedRedis(dataDir, redisPort);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(numbers(portal.ask("o-drill-4", "和平路菜市场门口的垃圾桶满了，没人清运"))).hasSize(1));
        told.addAll(numbers(portal.ask("o-drill-5", "人民公园北门有人占道摆摊，行人过不去")));

        try (Jedis jedis = new Jedis("127.0.0.1", redisPort)) {
            for (String number : told) {
                assertThat(jedis.exists("cc:ticket:{tk}:t:" + number)).as("ticket %s exists", number).isTrue();
            }
        }
    }

    private static void killRedis() throws IOException {
        long pid = Long.parseLong(Files.readString(dataDir.resolve("redis/redis.pid")).trim());
        ProcessHandle redis = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !redis.isAlive());
    }

    private static List<String> numbers(String reply) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(reply);
        while (m.find()) {
            found.add(m.group());
        }
        return found.stream().distinct().toList();
    }
}
