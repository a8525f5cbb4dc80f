/**
 * The shared kernel: the few value types and events that several features pass between them and that belong to
 * none of them (what residents did, a refusal of the WeChat API), and the app's time: the {@code Beijing} zone,
 * the one {@link java.time.Clock} bean and the one scheduler ({@code TimeConfiguration}). It depends on nothing in
 * the project, so any feature may use it without a cycle.
 */
package org.civicchat.shared;
