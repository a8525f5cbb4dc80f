package org.civicchat.ticket.media;

import org.civicchat.shared.WechatApiError;
import org.civicchat.ticket.Photo;
import org.civicchat.ticket.TicketSettings;
import org.civicchat.ticket.TicketStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Downloads queued photos in the background, never inside a 5-second reply: from the WeChat API when it is
 * available (stored under the data directory, stripped copy made), else only the media id and PicUrl are
 * kept ("recorded"). A retryable WeChat error leaves the job for later; others mark the photo failed.
 */
@Component
public class MediaWorker {

    private static final Logger log = LoggerFactory.getLogger(MediaWorker.class);
    private static final int PER_RUN = 50;

    private final MediaQueueStore queue;
    private final TicketStore store;
    private final PhotoFiles files;
    private final MediaDownloader downloader;
    private final TicketSettings settings;

    public MediaWorker(MediaQueueStore queue, TicketStore store, PhotoFiles files, MediaDownloader downloader,
                TicketSettings settings) {
        this.queue = queue;
        this.store = store;
        this.files = files;
        this.downloader = downloader;
        this.settings = settings;
    }

    /** Handles up to a batch of jobs; returns how many. */
    public int drain() {
        int done = 0;
        while (done < PER_RUN) {
            Optional<String> job = queue.take();
            if (job.isEmpty()) {
                break;
            }
            if (handle(job.get())) {
                queue.done(job.get());
            }
            done++;
        }
        return done;
    }

    /** @return true when the job is finished (stored, recorded or failed for good) */
    private boolean handle(String job) {
        MediaJobs.Job j = MediaJobs.read(job);
        String number = j.number();
        String photoId = j.photo();
        Optional<Photo> photo = store.photos(number).stream().filter(p -> p.id().equals(photoId)).findFirst();
        if (photo.isEmpty()) {
            return true;
        }
        Photo p = photo.get();
        if (!"pending".equals(p.state())) {
            return true;
        }
        String state;
        if (!settings.mediaDownload() || !downloader.available() || p.mediaId() == null || p.mediaId().isBlank()) {
            state = "recorded";
        } else {
            try {
                files.save(number, p.id(), downloader.download(p.mediaId()));
                state = "stored";
            } catch (WechatApiError e) {
                if (e.retryable()) {
                    log.info("Photo {} of {}: WeChat busy ({}), will retry", p.id(), number, e.code());
                    queue.done(job);
                    store.apply(store.change(number).mediaJob(job));
                    return false;
                }
                log.warn("Photo {} of {} could not be downloaded: {}", p.id(), number, e.getMessage());
                state = "failed";
            }
        }
        store.apply(store.change(number).photoState(new Photo(p.id(), p.mediaId(), p.picUrl(), p.kind(), state,
                p.addedAt())));
        return true;
    }
}
