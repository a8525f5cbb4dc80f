package org.civicchat.ticket.media;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebpMetadataTest {

    /** RIFF/WEBP with VP8X (EXIF and XMP flags on), an EXIF chunk holding a GPS tag, image data and XMP. */
    static byte[] webpWithGps() {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunk(chunks, "VP8X", new byte[]{0x0C, 0, 0, 0, 9, 0, 0, 9, 0, 0});
        chunk(chunks, "VP8L", "image-bytes-stand-in".getBytes(StandardCharsets.US_ASCII));
        chunk(chunks, "EXIF", "MM\0*GPSLatitude=31.23".getBytes(StandardCharsets.US_ASCII));
        chunk(chunks, "XMP ", "<x:xmpmeta>GPS</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII));
        byte[] body = chunks.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le(body.length + 4));
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void dropsExifAndXmpChunksAndTheirFlagsButKeepsTheImage() {
        byte[] original = webpWithGps();
        byte[] stripped = WebpMetadata.strip(original).orElseThrow();
        String text = new String(stripped, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("RIFF").contains("WEBP", "VP8X", "VP8Limage-bytes-stand-in".substring(0, 4),
                "image-bytes-stand-in").doesNotContain("EXIF", "GPS", "XMP");
        assertThat(stripped[20] & 0x0C).as("VP8X flags").isZero();
        int riffSize = (stripped[4] & 0xFF) | (stripped[5] & 0xFF) << 8 | (stripped[6] & 0xFF) << 16;
        assertThat(riffSize).isEqualTo(stripped.length - 8);
        assertThat(ImageType.sniff(stripped)).contains(ImageType.WEBP);
    }

    @Test
    void aTruncatedContainerGivesNoCopy() {
        byte[] original = webpWithGps();
        byte[] cut = java.util.Arrays.copyOf(original, 40);
        assertThat(WebpMetadata.strip(cut)).isEmpty();
    }

    @Test
    void recognisesTypesByTheirFirstBytesOnly() {
        assertThat(ImageType.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains(ImageType.JPEG);
        assertThat(ImageType.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})).contains(ImageType.PNG);
        assertThat(ImageType.sniff("GIF89a..........".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.sniff("<html>not a photo</html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.sniff(new byte[0])).isEmpty();
    }

    private static void chunk(ByteArrayOutputStream out, String fourcc, byte[] data) {
        out.writeBytes(fourcc.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le(data.length));
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    private static byte[] le(int v) {
        return new byte[]{(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }
}
