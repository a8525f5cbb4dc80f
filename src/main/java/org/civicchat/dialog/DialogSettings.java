package org.civicchat.dialog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param replyDeadline     past this, WeChat gets "success" and the reply goes out later through the API
 * @param handlerThreads    threads that run handlers; the request thread waits on them with the deadline
 * @param afterFilingWindow a photo, location or more words this soon after filing go to the ticket just filed
 * @param officeHours       told when a resident asks for a person ("人工")
 * @param officePhone       the office's phone, told with the hours
 */
@ConfigurationProperties(prefix = "civicchat.dialog")
public record DialogSettings(@DefaultValue("4s") Duration replyDeadline,
                             @DefaultValue("32") int handlerThreads,
                             @DefaultValue("2000") int handlerQueue,
                             @DefaultValue("3s") Duration sessionLockWait,
                             @DefaultValue("10m") Duration afterFilingWindow,
                             @DefaultValue("工作日 9:00–12:00、13:30–17:30") String officeHours,
                             @DefaultValue("12345") String officePhone) {

    public DialogSettings {
        if (afterFilingWindow.isNegative()) {
            throw new IllegalArgumentException("civicchat.dialog.after-filing-window must not be negative, was "
                    + afterFilingWindow);
        }
        if (officeHours.isBlank() || officePhone.isBlank()) {
            throw new IllegalArgumentException("civicchat.dialog.office-hours and office-phone must not be blank");
        }
    }

    /** The defaults, for plain-object tests. */
    static DialogSettings defaults() {
        return new DialogSettings(Duration.ofSeconds(4), 32, 2000, Duration.ofSeconds(3), Duration.ofMinutes(10),
                "工作日 9:00–12:00、13:30–17:30", "12345");
    }
}
