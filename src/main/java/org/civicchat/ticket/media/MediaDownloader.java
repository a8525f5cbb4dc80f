package org.civicchat.ticket.media;

/**
 * Fetches a resident's media (a photo they sent) from the WeChat API, which keeps it for 3 days. In the
 * sandbox (no app secret) nothing can be fetched: {@link #available()} is false.
 */
public interface MediaDownloader {

    boolean available();

    /** The media's bytes. @throws WechatApiError when WeChat refuses or cannot be reached */
    byte[] download(String mediaId);
}
