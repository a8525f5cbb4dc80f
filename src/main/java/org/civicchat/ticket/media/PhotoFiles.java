package org.civicchat.ticket.media;

import org.civicchat.ticket.InvalidTicketRequest;
import org.civicchat.ticket.TicketNumbers;
import org.civicchat.ticket.TicketSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Photo files under {@code dataDir/photos/<number>/}: the original as WeChat sent it (staff console only) and
 * a copy re-encoded from pixels, which carries no EXIF, GPS or other metadata, for anything shown outside the
 * console. A file that is not a readable image gets no public copy.
 */
@Component
public class PhotoFiles {

    private static final Logger log = LoggerFactory.getLogger(PhotoFiles.class);
    private static final Pattern PHOTO_ID = Pattern.compile("p[0-9a-f]{10}");

    private final Path root;

    public PhotoFiles(TicketSettings settings) {
        this.root = settings.dataDir().resolve("photos");
    }

    /** Saves the original and, when it decodes, the stripped copy. @return true when a stripped copy exists */
    public boolean save(String number, String photoId, byte[] original) {
        Path dir = dir(number, photoId);
        try {
            Files.createDirectories(dir);
            write(dir.resolve(photoId + ".jpg"), original);
            Optional<byte[]> stripped = strip(original);
            if (stripped.isPresent()) {
                write(dir.resolve(photoId + ".public.jpg"), stripped.get());
                return true;
            }
            log.info("Photo {} of {} is not a readable image: kept for staff only", photoId, number);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store photo " + photoId + " of " + number, e);
        }
    }

    public Optional<Path> file(String number, String photoId, boolean stripped) {
        Path f = dir(number, photoId).resolve(photoId + (stripped ? ".public.jpg" : ".jpg"));
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    /**
     * The image re-encoded as JPEG from its pixels only (a WebP keeps its image data and loses its EXIF and XMP
     * chunks); empty when it cannot be decoded.
     */
    static Optional<byte[]> strip(byte[] original) {
        try {
            if (ImageType.sniff(original).orElse(null) == ImageType.WEBP) {
                return WebpMetadata.strip(original);
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(original));
            if (image == null) {
                return Optional.empty();
            }
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            if (!ImageIO.write(rgb, "jpg", out)) {
                return Optional.empty();
            }
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Path dir(String number, String photoId) {
        if (!TicketNumbers.isCanonical(number) || photoId == null || !PHOTO_ID.matcher(photoId).matches()) {
            throw new InvalidTicketRequest("bad ticket number or photo id");
        }
        return root.resolve(number);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
