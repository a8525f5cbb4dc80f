package org.civicchat.moderation;

import java.util.List;

/** An operator's text (FAQ answer, notice, survey) contains listed sensitive words; nothing was saved or sent. */
public class ModeratedText extends RuntimeException {

    private final List<String> words;

    public ModeratedText(List<String> words) {
        super("内容含有敏感词：" + String.join("、", words) + "，请修改后再保存或发送。");
        this.words = List.copyOf(words);
    }

    public List<String> words() {
        return words;
    }
}
