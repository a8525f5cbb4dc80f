package org.civicchat.ticket.media;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civicchat.ticket.Json;
import org.civicchat.ticket.Photo;

/** The download job of one photo, as it waits on the media queue. */
public final class MediaJobs {

    private MediaJobs() {
    }

    public static String job(String number, Photo photo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("photo", photo.id());
        return Json.write(m);
    }
}
