package org.civicchat.store;

import org.civicchat.CivicChatApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.UnifiedJedis;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RestartKeepsDataTest {

    @TempDir
    Path dataDir;

    @Test
    void restartingWithTheSameDataDirectoryKeepsWhatRedisHeld() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(UnifiedJedis.class).set("cc:test:survivor", "still here");
        }
        assertThat(dataDir.resolve("redis")).isDirectory();
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(UnifiedJedis.class).get("cc:test:survivor")).isEqualTo("still here");
        }
    }

    @Test
    void anOrphanedRedisServerFromAHardKillIsStoppedBeforeANewOneStarts() throws Exception {
        EmbeddedRedis orphan = new EmbeddedRedis(dataDir, 0);
        long orphanPid = Long.parseLong(Files.readString(dataDir.resolve("redis/redis.pid")).trim());
        assertThat(ProcessHandle.of(orphanPid)).isPresent();
        try (EmbeddedRedis next = new EmbeddedRedis(dataDir, 0)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (var jedis = new redis.clients.jedis.Jedis("127.0.0.1", next.port())) {
                assertThat(jedis.ping()).isEqualTo("PONG");
            }
        } finally {
            orphan.close();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CivicChatApplication.class).run(
                "--server.port=0",
                "--civicchat.redis.embedded-port=0",
                "--civicchat.redis.data-dir=" + dataDir,
                "--civicchat.admin.password=restart-test",
                "--logging.level.org.civicchat=WARN");
    }
}
