package org.civicchat.ticket;

import java.util.LinkedHashMap;
import java.util.Map;

/** The download job of one photo, as it waits on the media queue. */
final class MediaJobs {

    private MediaJobs() {
    }

    static String job(String number, Photo photo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("photo", photo.id());
        return Json.write(m);
    }
}
