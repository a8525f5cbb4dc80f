/**
 * Photos: the queue of WeChat media downloads and its worker, the files on disk (original for staff, a copy
 * stripped of EXIF/GPS for anyone else), content sniffing of uploads.
 *
 * <p>Face: {@link org.civicchat.ticket.media.MediaDownloader} (the port {@code wechat} implements),
 * {@link org.civicchat.ticket.media.PhotoFiles}, {@link org.civicchat.ticket.media.MediaJobs} and
 * {@link org.civicchat.ticket.media.ImageType}. Depends on no other ticket sub-feature.
 */
package org.civicchat.ticket.media;
