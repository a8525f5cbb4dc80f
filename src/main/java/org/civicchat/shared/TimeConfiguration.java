package org.civicchat.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * One clock and one scheduler for the app. Every feature that needs the time injects this {@link Clock} (in
 * {@link Beijing#ZONE}), so a test can hand the app a fixed or hand-moved one. Scheduled work (ticket jobs,
 * the notice scheduler) runs on Spring's one {@code TaskScheduler}, which {@link EnableScheduling} makes Boot
 * provide (its pool size is {@code spring.task.scheduling.pool.size}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Beijing.ZONE);
    }
}
