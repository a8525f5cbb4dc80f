package org.civicchat.faq;

/** An FAQ entry that may answer the question, with its confidence (0..1). */
public record FaqCandidate(String id, String question, double score) {
}
