package org.civicchat.wechat;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import org.civicchat.shared.WechatApiError;
import org.civicchat.ticket.media.MediaDownloader;
import org.springframework.stereotype.Component;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** Downloads temporary media through WxJava's real HTTP client (/cgi-bin/media/get). */
@Component
class WechatMediaDownloader implements MediaDownloader {

    private final WxMpService wx;
    private final WechatSettings settings;

    WechatMediaDownloader(WxMpService wx, WechatSettings settings) {
        this.wx = wx;
        this.settings = settings;
    }

    @Override
    public boolean available() {
        return !settings.sandbox();
    }

    @Override
    public byte[] download(String mediaId) {
        File file = null;
        try {
            file = wx.getMaterialService().mediaDownload(mediaId);
            if (file == null) {
                throw new WechatApiError(0, "no media returned for a media id", null);
            }
            return Files.readAllBytes(file.toPath());
        } catch (WxErrorException e) {
            throw new WechatApiError(e.getError().getErrorCode(), e.getError().getErrorMsg(), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof WechatApiError w) {
                throw w;
            }
            throw new WechatApiError(0, e.toString(), e);
        } finally {
            if (file != null) {
                file.delete();
            }
        }
    }
}
