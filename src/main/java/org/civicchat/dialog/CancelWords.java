package org.civicchat.dialog;

import org.civicchat.nlp.TextNormalizer;

import java.util.regex.Pattern;

/**
 * "取消", "算了不弄了", "不用了谢谢", "先不报了吧": a resident ending what they started. The whole message must
 * be made of such words (with particles and thanks), so "取消订阅" or "不用了的旧家具堆在楼道" are not.
 */
final class CancelWords {

    private static final String WORD = "(?:取消|取消反映|取消提交|算了|算啦|不用了|不用啦|不用|不报了|不报|不弄了|不搞了|不提交了|不需要了"
            + "|不要了|不反映了|不投诉了|先不报了|先不弄了|先不提交了|不麻烦了|没事了|没事|放弃|放弃提交|作废|撤销|不填了|不说了)";
    private static final Pattern ONLY_CANCEL = Pattern.compile(
            "^(?:(?:那|那就|还是|我|我还是|我看)?" + WORD + "(?:吧|啊|呀|哈|了|呢|哦|喔)*"
                    + "(?:[\\s,，]*(?:谢谢|谢谢你|谢了))?[\\s,，。.!！~～、]*)+$");

    private CancelWords() {
    }

    static boolean matches(String text) {
        if (text == null) {
            return false;
        }
        String s = TextNormalizer.normalize(text).strip();
        return !s.isEmpty() && s.length() <= 16 && ONLY_CANCEL.matcher(s).matches();
    }
}
