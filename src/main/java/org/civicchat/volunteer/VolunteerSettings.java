package org.civicchat.volunteer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Volunteer activities' knobs.
 *
 * @param checkInBefore  how long before the start residents may check in (until the end)
 * @param wrongCodes     wrong check-in codes one resident may send within {@code wrongCodeWindow}
 * @param wrongCodeWindow the window of the wrong-code count
 * @param remindEvery    how often a node looks for due reminders; zero turns the job off
 * @param dayBefore      the first reminder's lead time
 * @param shortlyBefore  the second reminder's lead time
 * @param listSize       activities shown in the chat at a time
 * @param topic          the notice topic a new activity may be pushed to
 */
@ConfigurationProperties(prefix = "civicchat.volunteer")
public record VolunteerSettings(@DefaultValue("30m") Duration checkInBefore,
                                @DefaultValue("5") int wrongCodes,
                                @DefaultValue("10m") Duration wrongCodeWindow,
                                @DefaultValue("60s") Duration remindEvery,
                                @DefaultValue("24h") Duration dayBefore,
                                @DefaultValue("2h") Duration shortlyBefore,
                                @DefaultValue("9") int listSize,
                                @DefaultValue("志愿活动") String topic) {

    public VolunteerSettings {
        if (wrongCodes < 1) {
            throw new IllegalArgumentException("civicchat.volunteer.wrong-codes must be at least 1, was " + wrongCodes);
        }
        if (listSize < 1 || listSize > 20) {
            throw new IllegalArgumentException("civicchat.volunteer.list-size must be 1–20, was " + listSize);
        }
        if (!shortlyBefore.minus(dayBefore).isNegative()) {
            throw new IllegalArgumentException("civicchat.volunteer.shortly-before (" + shortlyBefore
                    + ") must be shorter than day-before (" + dayBefore + ")");
        }
    }

    static VolunteerSettings defaults() {
        return new VolunteerSettings(Duration.ofMinutes(30), 5, Duration.ofMinutes(10), Duration.ofSeconds(60),
                Duration.ofHours(24), Duration.ofHours(2), 9, "志愿活动");
    }
}
