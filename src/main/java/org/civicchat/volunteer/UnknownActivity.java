package org.civicchat.volunteer;

/** No activity has this id (or no one with this number is on its roster). */
public class UnknownActivity extends RuntimeException {

    private final String activityId;

    public UnknownActivity(String activityId) {
        super("no volunteer activity " + activityId);
        this.activityId = activityId;
    }

    public String activityId() {
        return activityId;
    }
}
