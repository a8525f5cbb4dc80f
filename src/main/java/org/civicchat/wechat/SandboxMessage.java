package org.civicchat.wechat;

/** One message the sandbox would have sent through the WeChat API. */
public record SandboxMessage(String openid, String channel, String text, long at) {

    private static final String SEP = "\u001f";

    String encode() {
        return openid + SEP + channel + SEP + at + SEP + text;
    }

    static SandboxMessage decode(String raw) {
        String[] parts = raw.split(SEP, 4);
        return new SandboxMessage(parts[0], parts[1], parts[3], Long.parseLong(parts[2]));
    }
}
