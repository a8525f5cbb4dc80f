/**
 * Routing: the category table (deadlines, after-photo rule) and which department, grid and handler a ticket goes
 * to, from the bundled {@code ticket/routing.yaml} or an operator's override under the data directory.
 *
 * <p>Face: {@link org.civicchat.ticket.routing.Routing} and {@link org.civicchat.ticket.routing.Route}. Depends on
 * no other ticket sub-feature.
 */
package org.civicchat.ticket.routing;
