package org.civicchat.volunteer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The reminder job on Spring's scheduler, every {@code remindEvery} (off when zero). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class VolunteerConfiguration implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(VolunteerConfiguration.class);

    private final VolunteerSettings settings;
    private final ReminderJob reminders;

    VolunteerConfiguration(VolunteerSettings settings, ReminderJob reminders) {
        this.settings = settings;
        this.reminders = reminders;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (settings.remindEvery().isZero() || settings.remindEvery().isNegative()) {
            return;
        }
        tasks.addFixedDelayTask(() -> {
            try {
                reminders.run();
            } catch (RuntimeException e) {
                log.warn("Could not send volunteer reminders: {}", e.toString());
            }
        }, settings.remindEvery());
    }
}
