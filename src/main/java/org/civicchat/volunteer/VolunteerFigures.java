package org.civicchat.volunteer;

import java.util.List;

/**
 * Sign-ups, turn-out and hours of activities that did not get cancelled, by community and by month of the
 * start (Asia/Shanghai), latest twelve months.
 */
public record VolunteerFigures(Row total, List<Row> byCommunity, List<Row> byMonth) {

    /**
     * @param key      the community ("" when none was given) or the month ("2026-12")
     * @param turnout  checked in / signed up, null when nobody signed up
     */
    public record Row(String key, long activities, long signedUp, long checkedIn, Double turnout, double hours) {
    }
}
