package org.civicchat.dialog;

/** The fixed sentences residents see from the dialog itself. Phone-sized, polite, Simplified Chinese. */
final class Replies {

    /** Longest sentence (without its end mark) looked at as a repeat. */
    private static final int MAX_REPEATED = 40;

    private Replies() {
    }

    static final String WELCOME = """
            您好，欢迎关注！这里是区文明办的创城服务号。
            您可以：
            1. 直接提问创建文明典范城市的相关问题；
            2. 随手拍：发文字、语音、照片和位置反映身边问题；
            3. 发送“我的工单”查看处理进度；
            4. 发送“问卷”参与知晓率和满意度调查。""";

    static final String UNSUPPORTED = "抱歉，暂时还不能处理这类消息。您可以发文字、语音、照片或位置给我们。";
    static final String LINK = "收到您分享的链接，谢谢！如需反映问题，请用文字描述并发送位置。";
    static final String GREETING = "您好！有什么可以帮您？可以直接提问，也可以发文字和照片反映身边问题。";
    static final String OTHER = "抱歉，这个问题超出了我们的服务范围。您可以问我创城相关的问题，或反映身边的城市问题。";
    static final String EMPTY_TEXT = "没有收到文字内容，请再发一次。";

    /**
     * The same sentence twice in a row ("收到。收到。", or the end of one sentence said again as the next) is said
     * once. One pass over the sentences: the backtracking regular expression this replaces tried every start and
     * length in long FAQ answers and was a third of the chat's CPU under load.
     */
    static Reply withoutRepeats(Reply reply) {
        if (reply.isEmpty()) {
            return reply;
        }
        String text = reply.text();
        StringBuilder kept = new StringBuilder(text.length());
        String previous = null;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                String sentence = text.substring(start, i + 1);
                if (previous == null || !repeats(sentence, previous)) {
                    kept.append(sentence);
                }
                previous = sentence;
                start = i + 1;
            }
        }
        kept.append(text, start, text.length());
        return kept.length() == text.length() ? reply : Reply.text(kept.toString());
    }

    private static boolean repeats(String sentence, String previous) {
        return sentence.length() >= 2 && sentence.length() <= MAX_REPEATED + 1 && sentence.indexOf('\n') < 0
                && previous.endsWith(sentence);
    }
}
