package org.civicchat.notice;

/**
 * What the claim script decided for one entry.
 *
 * @param route    cs (customer-service message), tpl (template), or none when there is nothing to send
 * @param result   claimed, done (already sent or given up), busy (another worker holds it), gone (no notice),
 *                 paused (the notice waits for WeChat's quota), held (for the resident's next message), final
 *                 (given up here: inactive, no route)
 * @param until    for paused: epoch ms when sending may resume
 * @param takeover the send was taken over from a worker that stopped mid-send (it may repeat one message)
 */
record Claim(String result, String route, long until, boolean takeover) {

    boolean claimed() {
        return "claimed".equals(result);
    }

    static Claim of(java.util.List<?> reply) {
        String first = String.valueOf(reply.get(0));
        return switch (first) {
            case "cs", "tpl" -> new Claim("claimed", first, 0, "1".equals(String.valueOf(reply.get(1))));
            case "paused" -> new Claim("paused", null, Long.parseLong(String.valueOf(reply.get(1))), false);
            default -> new Claim(first, null, 0, false);
        };
    }
}
