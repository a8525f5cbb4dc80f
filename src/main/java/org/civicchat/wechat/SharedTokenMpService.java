package org.civicchat.wechat;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.impl.WxMpServiceHttpClientImpl;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * WxJava's HTTP client with one fix: after taking the token lock it checks again whether another thread or
 * node has refreshed the token meanwhile. WxJava 4.7.0 skips that check, so every thread that waited on the
 * lock fetched a new token, each invalidating the one before.
 */
final class SharedTokenMpService extends WxMpServiceHttpClientImpl {

    private static final long LOCK_WAIT_SECONDS = 5;

    @Override
    public String getAccessToken(boolean forceRefresh) throws WxErrorException {
        WxMpConfigStorage config = getWxMpConfigStorage();
        if (!forceRefresh && !config.isAccessTokenExpired()) {
            return config.getAccessToken();
        }
        Lock lock = config.getAccessTokenLock();
        boolean locked = false;
        try {
            locked = lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!locked) {
                throw new WxRuntimeException("timed out waiting for the access-token lock");
            }
            if (!forceRefresh && !config.isAccessTokenExpired()) {
                return config.getAccessToken();
            }
            return extractAccessToken(doGetAccessTokenRequest());
        } catch (IOException e) {
            throw new WxRuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WxRuntimeException(e);
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }
}
