/**
 * Volunteers: activities the office publishes, residents signing up in the chat with a quota and a waiting
 * list, reminders through the notice outbox, on-site check-in with a code, and the hours they earn.
 * <ul>
 *   <li>Every key of one activity carries the hash tag {@code {va:<id>}}, so the sign-up, cancel and check-in
 *       scripts touch one slot (Redis-Cluster-safe). The quota is counted inside the script: of any number of
 *       concurrent sign-ups exactly {@code quota} get a place and the rest wait, in arrival order.</li>
 *   <li>A cancellation promotes the first on the waiting list in the same script; the promoted resident is told.</li>
 *   <li>Reminders (the day before, two hours before) go once per activity and start time: a node sends only
 *       after winning a Redis claim ({@code SET NX}) for that activity, reminder and start, and every notice
 *       carries a dedup key per resident, so two nodes or a rerun never remind twice.</li>
 *   <li>Names and phone numbers are asked once and kept per resident; lists and exports mask the phone
 *       unless the caller asks for full numbers (staff roles only).</li>
 *   <li>Check-in codes are six digits; five wrong codes in ten minutes from one resident stop further tries
 *       until the ten minutes are over.</li>
 * </ul>
 */
package org.civicchat.volunteer;
