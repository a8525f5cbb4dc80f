package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.ResidentTickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class StaffPhotoUploadTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            "admin:test-admin-password".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;
    @Autowired
    ResidentTickets tickets;

    @Test
    void anUploadedPhotoSatisfiesTheAfterPhotoRuleAndItsOutwardCopyHasNoGps() throws Exception {
        String n = file("environment-sanitation");
        assertThat(post("/api/admin/tickets/" + n + "/transitions", "{\"to\":\"accepted\"}").statusCode()).isEqualTo(200);
        assertThat(post("/api/admin/tickets/" + n + "/assign", "{\"grid\":\"和平网格\"}").statusCode()).isEqualTo(200);
        assertThat(post("/api/admin/tickets/" + n + "/transitions", "{\"to\":\"in_progress\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = post("/api/admin/tickets/" + n + "/transitions",
                "{\"to\":\"resolved\",\"note\":\"已清运\"}");
        assertThat(refused.statusCode()).isEqualTo(400);

        HttpResponse<String> up = upload(n, "after.jpg", "image/jpeg", jpegWithGps());
        assertThat(up.statusCode()).isEqualTo(201);
        String id = JSON.readTree(up.body()).get("id").asString();

        byte[] original = getBytes("/api/admin/tickets/" + n + "/photos/" + id).body();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("Exif", "GPSLatitude");
        HttpResponse<byte[]> outward = getBytes("/api/admin/tickets/" + n + "/photos/" + id + "?stripped=true");
        assertThat(outward.statusCode()).isEqualTo(200);
        assertThat(outward.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
        assertThat(new String(outward.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPSLatitude");

        HttpResponse<String> resolved = post("/api/admin/tickets/" + n + "/transitions",
                "{\"to\":\"resolved\",\"note\":\"已清运\",\"photo\":\"" + id + "\"}");
        assertThat(resolved.statusCode()).isEqualTo(200);
        JsonNode t = JSON.readTree(resolved.body());
        assertThat(t.get("status").asString()).isEqualTo("resolved");
        assertThat(t.get("photos").toString()).contains("\"id\":\"" + id + "\"", "\"kind\":\"after\"");
    }

    @Test
    void aPngAndAWebpAreAcceptedTheWebpServedAsWebpWithoutItsExifChunk() throws Exception {
        String n = file("noise");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
        assertThat(upload(n, "a.png", "image/png", png.toByteArray()).statusCode()).isEqualTo(201);

        HttpResponse<String> webp = upload(n, "photo.bin", "application/octet-stream", org.civicchat.ticket.media.WebpTestData.webpWithGps());
        assertThat(webp.statusCode()).isEqualTo(201);
        String id = JSON.readTree(webp.body()).get("id").asString();
        HttpResponse<byte[]> outward = getBytes("/api/admin/tickets/" + n + "/photos/" + id + "?stripped=true");
        assertThat(outward.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/webp");
        assertThat(new String(outward.body(), StandardCharsets.ISO_8859_1)).doesNotContain("EXIF", "GPS");
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedInChineseWhateverItsName() {
        String n = file("noise");
        HttpResponse<String> r = upload(n, "photo.jpg", "image/jpeg", "<html>hello</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("只能上传 JPEG、PNG 或 WebP 格式的照片");
        assertThat(getJson("/api/admin/tickets/" + n).get("photos").size()).isZero();
    }

    @Test
    void aPhotoOverTenMegabytesIsRefusedInChinese() {
        String n = file("noise");
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        HttpResponse<String> r = upload(n, "big.jpg", "image/jpeg", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("照片不能超过 10 MB");
    }

    /** A small JPEG with an APP1 Exif segment carrying a GPS tag, as a phone camera writes it. */
    static byte[] jpegWithGps() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] exif = "Exif\0\0MM\0*GPSLatitude=31.2304;GPSLongitude=121.4737".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int len = exif.length + 2;
        out.write(len >>> 8);
        out.write(len & 0xFF);
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private String file(String category) {
        String resident = "o-upload-" + UUID.randomUUID();
        tickets.addToDraft(resident, DraftPart.words("垃圾桶满了没人清运", category, "和平路" + UUID.randomUUID()));
        return tickets.fileDraft(resident, "upload-test:" + UUID.randomUUID(), false).ticket().number();
    }

    private HttpResponse<String> upload(String number, String name, String type, byte[] bytes) {
        String boundary = "----civicchat" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/admin/tickets/" + number + "/photos"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) {
        return JSON.readTree(send(HttpRequest.newBuilder(uri(path)), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> handler) {
        try {
            return HttpClient.newHttpClient().send(b.header("Authorization", AUTH).build(), handler);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
