package org.civicchat.ticket.media;

/** Test data for other packages' tests: a WebP whose EXIF chunk carries a GPS position. */
public final class WebpTestData {

    private WebpTestData() {
    }

    public static byte[] webpWithGps() {
        return WebpMetadataTest.webpWithGps();
    }
}
