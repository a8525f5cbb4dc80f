package org.civicchat.nlp;

import java.util.regex.Pattern;

/**
 * A message that only says the resident wants to report something (我要反映个问题, 我想投诉一下, 有个情况想反映)
 * and not yet what: it has no category, and the chat asks what the problem is before where it is.
 */
public final class ReportRequests {

    private static final String OPENING = "(?:你好|您好|喂)?[,，。.!！\\s]*";
    private static final String WANT = "(?:我|咱|我们)?(?:要|想|想要|需要|得|来)?";
    private static final String REPORT = "(?:反映|投诉|举报|报告|报修|随手拍|说|提)";
    private static final String SOMETHING = "(?:一下|下)?(?:个|一个|件|一件|点|些)?(?:问题|情况|事|事情|事儿)?";
    private static final String CLOSING = "(?:吧|啊|呀|哈|呢|可以吗|行吗)?[,，。.!！~？?\\s]*";
    private static final Pattern ONLY = Pattern.compile("^" + OPENING + "(?:" + WANT + REPORT + SOMETHING
            + "|(?:我|咱)?有(?:个|一个|件|一件|点)(?:问题|情况|事|事情|事儿)(?:要|想|想要)?" + REPORT + "?(?:一下|下)?)"
            + CLOSING + "$");

    private ReportRequests() {
    }

    /** The text asks to report and names no problem (normalised or raw text). */
    public static boolean only(String text) {
        return text != null && !text.isBlank() && ONLY.matcher(text.strip()).matches();
    }
}
