/**
 * Surveys: defined in {@code surveys/*.yaml} or over the admin API, answered in the chat one question per
 * message, counted live.
 * <ul>
 *   <li>Answers are stored under the survey's pseudonym of the resident (HMAC-SHA256 of the openid with a
 *       random per-survey secret); no survey key holds an openid, so results and the CSV can be published.</li>
 *   <li>Tallies are updated once per resident, atomically, when the last answer is in (one script records the
 *       answer set, bumps every counter and closes the progress), so the figures only ever count complete
 *       answer sets and a second completion is impossible even across nodes.</li>
 *   <li>知晓率 = right answers to awareness questions (those with {@code correct}) / all answers to them;
 *       participation = answers picking a {@code participating} option / answers to that question;
 *       satisfaction = average of the rating questions and the share of 4–5.</li>
 *   <li>A quota per community (option of a single-choice question) is checked when that question is answered
 *       and again, atomically, on completion.</li>
 * </ul>
 */
package org.civicchat.survey;
