package org.civicchat.dialog;

/**
 * One message or event a resident sent to the official account, as WeChat delivered it.
 *
 * @param text        the text of a text message, or WeChat's recognised text of a voice message
 * @param event       for events: subscribe, unsubscribe, CLICK, VIEW, LOCATION, SCAN (as WeChat spells them)
 */
public record Inbound(String openid, String account, MessageKind kind, String msgId, long createTime,
                      String text, String mediaId, String picUrl, Double latitude, Double longitude,
                      String label, String url, String event, String eventKey) {

    /** The key that identifies this message across WeChat's retries. */
    public String dedupKey() {
        if (msgId != null && !msgId.isBlank()) {
            return "m:" + msgId;
        }
        return "e:" + openid + ":" + createTime + ":" + event + ":" + (eventKey == null ? "" : eventKey);
    }

    public boolean isEvent(String name) {
        return kind == MessageKind.EVENT && name.equalsIgnoreCase(event);
    }

    public static Builder builder(String openid, MessageKind kind) {
        return new Builder(openid, kind);
    }

    /** For callers that build messages field by field: the simulator, tests, the load generator. */
    public static final class Builder {
        private final String openid;
        private final MessageKind kind;
        private String account = "civicchat";
        private String msgId;
        private long createTime = System.currentTimeMillis() / 1000;
        private String text;
        private String mediaId;
        private String picUrl;
        private Double latitude;
        private Double longitude;
        private String label;
        private String url;
        private String event;
        private String eventKey;

        private Builder(String openid, MessageKind kind) {
            this.openid = openid;
            this.kind = kind;
        }

        public Builder account(String v) { this.account = v; return this; }
        public Builder msgId(String v) { this.msgId = v; return this; }
        public Builder createTime(long v) { this.createTime = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder mediaId(String v) { this.mediaId = v; return this; }
        public Builder picUrl(String v) { this.picUrl = v; return this; }
        public Builder location(Double lat, Double lng, String label) {
            this.latitude = lat; this.longitude = lng; this.label = label; return this;
        }
        public Builder url(String v) { this.url = v; return this; }
        public Builder event(String name, String key) { this.event = name; this.eventKey = key; return this; }

        public Inbound build() {
            return new Inbound(openid, account, kind, msgId, createTime, text, mediaId, picUrl, latitude, longitude,
                    label, url, event, eventKey);
        }
    }
}
