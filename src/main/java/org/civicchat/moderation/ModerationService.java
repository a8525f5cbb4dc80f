package org.civicchat.moderation;

import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sensitive words, both ways: residents' messages are never refused (they still get their ticket or answer)
 * but are flagged for staff and masked wherever shown outward; operators' texts are checked before they are
 * saved or sent, and a hit refuses them with the words named. The list lives in Redis (our default list until
 * an operator saves one); every node re-reads it at most {@value #REFRESH_MILLIS} ms after a change.
 */
@Service
public class ModerationService {

    static final int REFRESH_MILLIS = 2_000;
    static final int MAX_WORDS = 5_000;
    static final int MAX_WORD_LENGTH = 30;
    private static final String DEFAULTS = "/moderation/default-words.txt";

    private final ModerationStore store;
    private final Clock clock;
    private final List<String> defaults;
    private volatile WordList list;
    private volatile long loadedAt = Long.MIN_VALUE;

    ModerationService(ModerationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.defaults = readDefaults();
    }

    public List<String> words() {
        return current().words();
    }

    /** Replaces the list; blank entries and repeats are dropped. */
    public List<String> replace(List<String> words) {
        if (words == null) {
            throw new InvalidWordList("请提供敏感词列表（words）。");
        }
        if (words.size() > MAX_WORDS) {
            throw new InvalidWordList("敏感词最多 " + MAX_WORDS + " 个，这次有 " + words.size() + " 个。");
        }
        List<String> clean = new ArrayList<>();
        for (String w : words) {
            String s = w == null ? "" : w.strip();
            if (s.length() > MAX_WORD_LENGTH) {
                throw new InvalidWordList("敏感词每个最多 " + MAX_WORD_LENGTH + " 个字：" + s.substring(0, 10) + "…");
            }
            if (s.contains("\n")) {
                throw new InvalidWordList("一个敏感词不能跨行：" + s);
            }
            if (!s.isEmpty() && WordList.compact(s).text().isEmpty()) {
                throw new InvalidWordList("敏感词要含有文字或数字：" + s);
            }
            if (!s.isEmpty() && !clean.contains(s)) {
                clean.add(s);
            }
        }
        WordList next = new WordList(clean);
        store.save(next.words());
        this.list = next;
        this.loadedAt = clock.millis();
        return next.words();
    }

    /** The listed words a text contains (empty when none), for flagging residents' messages. */
    public List<String> find(String text) {
        return current().find(text);
    }

    /** The text with listed words masked by '*', for anything shown outside the console. */
    public String mask(String text) {
        return text == null ? null : current().mask(text);
    }

    /** Refuses an operator's texts that contain listed words, naming them. @throws ModeratedText */
    public void check(String... texts) {
        check(Arrays.asList(texts));
    }

    public void check(List<String> texts) {
        WordList l = current();
        List<String> hits = new ArrayList<>();
        for (String t : texts) {
            for (String w : l.find(t)) {
                if (!hits.contains(w)) {
                    hits.add(w);
                }
            }
        }
        if (!hits.isEmpty()) {
            throw new ModeratedText(hits);
        }
    }

    private WordList current() {
        long now = clock.millis();
        WordList l = list;
        if (l == null || now - loadedAt >= REFRESH_MILLIS) {
            List<String> words = store.load().orElse(defaults);
            l = l != null && l.words().equals(words) ? l : new WordList(words);
            list = l;
            loadedAt = now;
        }
        return l;
    }

    private static List<String> readDefaults() {
        try (InputStream in = ModerationService.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
