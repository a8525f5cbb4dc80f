package org.civicchat.faq;

import java.time.Instant;

/** A question the FAQ could not answer directly (refused or clarified), how often and when it was last asked. */
public record UnansweredQuestion(String text, long count, Instant lastAsked) {
}
