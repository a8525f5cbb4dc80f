package org.civicchat.dialog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param replyDeadline past this, WeChat gets "success" and the reply goes out later through the API
 * @param handlerThreads threads that run handlers; the request thread waits on them with the deadline
 */
@ConfigurationProperties(prefix = "civicchat.dialog")
public record DialogSettings(@DefaultValue("4s") Duration replyDeadline,
                             @DefaultValue("32") int handlerThreads,
                             @DefaultValue("2000") int handlerQueue,
                             @DefaultValue("3s") Duration sessionLockWait) {
}
