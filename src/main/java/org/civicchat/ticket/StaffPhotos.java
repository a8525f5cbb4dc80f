package org.civicchat.ticket;

import org.civicchat.ticket.intake.TicketFiling;
import org.civicchat.ticket.media.ImageType;
import org.civicchat.ticket.media.PhotoFiles;
import org.springframework.stereotype.Component;

/**
 * Photos staff upload from the console (a handler's phone camera at the scene): checked by content to be
 * JPEG, PNG or WebP of at most {@value #MAX_BYTES} bytes, stored like residents' photos (the original for
 * staff, a copy without EXIF/GPS for anything outward), logged on the ticket. Resolving with the returned id
 * makes it the after-photo.
 */
@Component
class StaffPhotos {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final TicketStore store;
    private final TicketReader reader;
    private final PhotoFiles files;
    private final TicketClock clock;
    private final TicketSettings settings;

    StaffPhotos(TicketStore store, TicketReader reader, PhotoFiles files, TicketClock clock, TicketSettings settings) {
        this.store = store;
        this.reader = reader;
        this.files = files;
        this.clock = clock;
        this.settings = settings;
    }

    Photo upload(String number, Actor who, byte[] bytes) {
        Ticket t = reader.get(number);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidTicketRequest("没有收到照片文件，请重新选择。");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidTicketRequest("照片不能超过 10 MB，请压缩后再上传。");
        }
        if (ImageType.sniff(bytes).isEmpty()) {
            throw new InvalidTicketRequest("只能上传 JPEG、PNG 或 WebP 格式的照片。");
        }
        Photo photo = new Photo(TicketFiling.newPhotoId(), "", "", "staff", "stored", clock.now());
        if (t.photoCount() >= settings.maxPhotos() + 3) {
            throw new PhotoLimitReached(t.number(), settings.maxPhotos());
        }
        files.save(t.number(), photo.id(), bytes);
        TicketChange m = store.change(t.number())
                .photo(photo, settings.maxPhotos() + 3, null)
                .log(new LogEntry(photo.addedAt(), who.id(), "photo", null, null, "上传照片", photo.id()));
        TicketStore.Result result = store.apply(m);
        switch (result.code()) {
            case "ok" -> {
                return photo;
            }
            case "missing" -> throw new TicketNotFound(t.number());
            case "full" -> throw new PhotoLimitReached(t.number(), settings.maxPhotos());
            default -> throw new IllegalStateException("unexpected store answer " + result.code() + " for " + number);
        }
    }
}
