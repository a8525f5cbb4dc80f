package org.civicchat.wechat;

/** A body the portal will not process: not XML, not a WeChat message, nested too deep, or with a DOCTYPE. */
final class MalformedMessage extends RuntimeException {

    MalformedMessage(String reason) {
        super(reason);
    }
}
