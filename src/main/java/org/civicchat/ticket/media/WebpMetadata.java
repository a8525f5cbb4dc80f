package org.civicchat.ticket.media;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Strips a WebP file of its EXIF and XMP chunks (where phones put GPS positions) and clears their flags in
 * the VP8X header, leaving the image data untouched: the JDK cannot decode WebP, so re-encoding from pixels,
 * as {@link PhotoFiles} does for JPEG and PNG, is not available. Returns empty for a malformed container.
 */
final class WebpMetadata {

    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private WebpMetadata() {
    }

    static Optional<byte[]> strip(byte[] webp) {
        if (ImageType.sniff(webp).orElse(null) != ImageType.WEBP) {
            return Optional.empty();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(webp.length);
        body.write('W');
        body.write('E');
        body.write('B');
        body.write('P');
        int at = 12;
        while (at + 8 <= webp.length) {
            String fourcc = new String(webp, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = (webp[at + 4] & 0xFFL) | (webp[at + 5] & 0xFFL) << 8 | (webp[at + 6] & 0xFFL) << 16
                    | (webp[at + 7] & 0xFFL) << 24;
            long padded = size + (size & 1);
            if (size < 0 || at + 8 + size > webp.length) {
                return Optional.empty();
            }
            if (!fourcc.equals("EXIF") && !fourcc.equals("XMP ")) {
                int start = body.size();
                body.write(webp, at, (int) Math.min(8 + padded, webp.length - at));
                if (fourcc.equals("VP8X") && size >= 1) {
                    byte[] sofar = body.toByteArray();
                    sofar[start + 8] = (byte) (sofar[start + 8] & ~(EXIF_FLAG | XMP_FLAG));
                    body.reset();
                    body.write(sofar, 0, sofar.length);
                }
            }
            at += (int) (8 + padded);
        }
        byte[] content = body.toByteArray();
        byte[] out = new byte[8 + content.length];
        out[0] = 'R';
        out[1] = 'I';
        out[2] = 'F';
        out[3] = 'F';
        int riffSize = content.length;
        out[4] = (byte) riffSize;
        out[5] = (byte) (riffSize >>> 8);
        out[6] = (byte) (riffSize >>> 16);
        out[7] = (byte) (riffSize >>> 24);
        System.arraycopy(content, 0, out, 8, content.length);
        return Optional.of(out);
    }
}
