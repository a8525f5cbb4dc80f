package org.civicchat.moderation;

/** A word list an operator sent that cannot be used (too long, too many words); the old list stays. */
public class InvalidWordList extends RuntimeException {

    public InvalidWordList(String chineseMessage) {
        super(chineseMessage);
    }
}
