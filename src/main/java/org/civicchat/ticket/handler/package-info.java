/**
 * The handler desk: grid workers and department staff bind their WeChat openid to their staff account with a
 * one-time code and then accept, list and resolve their tickets from the chat.
 *
 * <p>Face: {@link org.civicchat.ticket.handler.HandlerDesk} and {@link org.civicchat.ticket.handler.HandlerIdentity};
 * works tickets only through {@code StaffTickets}.
 */
package org.civicchat.ticket.handler;
