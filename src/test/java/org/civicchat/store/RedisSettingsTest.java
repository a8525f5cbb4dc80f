package org.civicchat.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisSettingsTest {

    private static RedisSettings settings(String url, String sentinels, String master, String cluster) {
        return new RedisSettings(url, Path.of("./data"), 0, sentinels, master, null, null, cluster, Duration.ofSeconds(1));
    }

    @Test
    void clusterNodesWinOverSentinelsWhichWinOverAUrl() {
        assertThat(settings(null, null, null, null).topology()).isEqualTo(RedisTopology.EMBEDDED);
        assertThat(settings("redis://h:6379", null, null, null).topology()).isEqualTo(RedisTopology.STANDALONE);
        assertThat(settings("redis://h:6379", "s1:26379,s2:26379", "civic", null).topology())
                .isEqualTo(RedisTopology.SENTINEL);
        assertThat(settings("redis://h:6379", "s1:26379", "civic", "n1:7000,n2:7001").topology())
                .isEqualTo(RedisTopology.CLUSTER);
    }

    @Test
    void sentinelsWithoutAMasterNameAreRefusedNamingTheVariable() {
        assertThatThrownBy(() -> settings(null, "s1:26379", " ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REDIS_SENTINEL_MASTER");
    }

    @Test
    void aNodeWithoutAValidPortIsRefusedNamingIt() {
        assertThatThrownBy(() -> settings(null, null, null, "n1:7000,n2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"n2\"");
        assertThatThrownBy(() -> settings(null, "s1:abc", "civic", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"s1:abc\"");
        assertThatThrownBy(() -> settings(null, null, null, "n1:70000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"n1:70000\"");
    }

    @Test
    void theDescriptionNamesTheTopologyWithoutThePassword() {
        RedisSettings s = new RedisSettings(null, Path.of("./data"), 0, "s1:26379", "civic", "secret-pw", "other-pw",
                null, Duration.ofSeconds(1));
        assertThat(s.describe()).isEqualTo("Sentinel master \"civic\" via s1:26379").doesNotContain("secret-pw");
    }

    @Test
    void replicasAreCountedFromInfoReplication() {
        assertThat(ReplicatedWrites.connectedReplicas("# Replication\r\nrole:master\r\nconnected_slaves:2\r\n"))
                .isEqualTo(2);
        assertThat(ReplicatedWrites.connectedReplicas("# Replication\r\nrole:master\r\nconnected_slaves:0\r\n"))
                .isZero();
    }
}
