/**
 * Duplicate search: an in-memory Lucene index of open tickets (category, place, GPS, words) that tells intake
 * when a new report is one already filed. Rebuilt from Redis on start and periodically, updated on ticket events.
 *
 * <p>Face: {@link org.civicchat.ticket.duplicates.DuplicateFinder#find} and
 * {@link org.civicchat.ticket.duplicates.DuplicateIndexing}; the analyzer and place folding stay package-private.
 */
package org.civicchat.ticket.duplicates;
