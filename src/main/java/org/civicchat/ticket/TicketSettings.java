package org.civicchat.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The ticket feature's knobs.
 *
 * @param dataDir           photos and the routing override live under here (CIVICCHAT_DATA_DIR)
 * @param maxDescription    longer descriptions are cut to this many characters
 * @param maxPhotos         photos kept per ticket (and per draft); more are politely refused
 * @param draftIdle         a draft untouched this long is filed if complete, else lapses
 * @param sourceMemory      how long the source message of a filing is remembered (idempotency)
 * @param duplicateRadius   GPS points closer than this many metres count as the same place
 * @param jobsEvery         how often the draft sweeper, escalation and media worker run
 * @param routingReloadEvery how often the routing override file is checked for changes
 * @param mediaDownload     download photos from the WeChat API (off: only record media id and PicUrl)
 * @param mediaEvery        how often the media worker looks at its queue
 * @param reindexEvery      how often the duplicate index is rebuilt from Redis (to see other nodes' tickets)
 * @param progressDigestDelay routine steps (accepted, assigned, started) within this time are told as one message
 */
@ConfigurationProperties(prefix = "civicchat.ticket")
public record TicketSettings(@DefaultValue("./data") Path dataDir,
                             @DefaultValue("1000") int maxDescription,
                             @DefaultValue("9") int maxPhotos,
                             @DefaultValue("30m") Duration draftIdle,
                             @DefaultValue("30d") Duration sourceMemory,
                             @DefaultValue("100") int duplicateRadius,
                             @DefaultValue("10s") Duration jobsEvery,
                             @DefaultValue("30s") Duration routingReloadEvery,
                             @DefaultValue("true") boolean mediaDownload,
                             @DefaultValue("2s") Duration mediaEvery,
                             @DefaultValue("5m") Duration reindexEvery,
                             @DefaultValue("3m") Duration progressDigestDelay) {

    public TicketSettings {
        if (maxDescription < 10) {
            throw new IllegalArgumentException("civicchat.ticket.max-description must be at least 10, was " + maxDescription);
        }
        if (maxPhotos < 1) {
            throw new IllegalArgumentException("civicchat.ticket.max-photos must be at least 1, was " + maxPhotos);
        }
    }

    /** Defaults for plain-object tests. */
    public static TicketSettings defaults(Path dataDir) {
        return new TicketSettings(dataDir, 1000, 9, Duration.ofMinutes(30), Duration.ofDays(30), 100,
                Duration.ofSeconds(10), Duration.ofSeconds(30), true, Duration.ofSeconds(2), Duration.ofMinutes(5),
                Duration.ofMinutes(3));
    }
}
