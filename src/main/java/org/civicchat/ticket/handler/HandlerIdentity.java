package org.civicchat.ticket.handler;

/** A handler's staff account as bound to their WeChat: who, and whose tickets (null department = any). */
public record HandlerIdentity(String staff, String department) {
}
