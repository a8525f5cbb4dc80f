/**
 * Telling people what happened to a ticket: status changes and escalations to the resident and followers
 * (routine steps folded into one digest), new assignments to the bound handler.
 *
 * <p>Face: {@link org.civicchat.ticket.notices.StatusNotices}; listens to the ticket events. Uses {@code handler}
 * for bound openids and {@code routing} for department heads.
 */
package org.civicchat.ticket.notices;
