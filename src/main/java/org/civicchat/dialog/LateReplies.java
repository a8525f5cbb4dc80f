package org.civicchat.dialog;

/**
 * Delivers a reply that missed WeChat's passive-reply deadline, through the customer-service API
 * (or the sandbox outbox). Implemented by the wechat package.
 */
public interface LateReplies {

    void deliver(String openid, Reply reply);
}
