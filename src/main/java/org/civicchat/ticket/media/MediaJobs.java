package org.civicchat.ticket.media;

import org.civicchat.ticket.Json;
import org.civicchat.ticket.Photo;

/** The download job of one photo, as it waits on the media queue. */
public final class MediaJobs {

    private MediaJobs() {
    }

    /** A job as queued: the ticket's number and the photo's id. */
    record Job(String number, String photo) {
    }

    public static String job(String number, Photo photo) {
        return Json.write(new Job(number, photo.id()));
    }

    static Job read(String job) {
        return Json.read(job, Job.class);
    }
}
