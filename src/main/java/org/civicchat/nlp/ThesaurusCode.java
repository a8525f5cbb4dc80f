package org.civicchat.nlp;

/**
 * One 同义词词林 code such as {@code Bi07B01=}: class, subclass, two digits, a letter, two digits, and whether the
 * group holds synonyms ({@code =}), related words ({@code #}) or one word ({@code @}).
 */
public record ThesaurusCode(String code) {

    /** Where each level of the tree ends in a code. */
    private static final int[] LEVEL_ENDS = {1, 2, 4, 5, 7};
    /** The first branch at every level: 01, A, 01 (a subtree's broadest words sit there: 车 in 车 · 轿车 · 卡车). */
    private static final String FIRST_BRANCHES = "01A01";

    public ThesaurusCode {
        if (!isCode(code)) {
            throw new IllegalArgumentException("not a thesaurus code: " + code);
        }
    }

    static boolean isCode(String text) {
        return text.length() == 8 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                && Character.isDigit(text.charAt(2)) && Character.isDigit(text.charAt(3))
                && Character.isUpperCase(text.charAt(4)) && Character.isDigit(text.charAt(5))
                && Character.isDigit(text.charAt(6)) && "=#@".indexOf(text.charAt(7)) >= 0;
    }

    /** Class A (people) or B (things). */
    public boolean namesPersonOrThing() {
        return code.charAt(0) == 'A' || code.charAt(0) == 'B';
    }

    public boolean namesThing() {
        return code.charAt(0) == 'B';
    }

    /** How many levels, 0 to 5, the two codes share from the top. */
    public int sharedLevels(ThesaurusCode other) {
        int levels = 0;
        for (int end : LEVEL_ENDS) {
            if (!code.regionMatches(0, other.code, 0, end)) {
                break;
            }
            levels++;
        }
        return levels;
    }

    /**
     * Whether the two name different things of one kind, as 猫 and 狗 (both animals) or 自行车 and 电动车 do: the
     * same class and subclass at least, not the same group, and neither the first word of the subtree they share,
     * which is its broadest (车 for vehicles, 牲畜 for farm animals).
     */
    public boolean isSiblingOf(ThesaurusCode other) {
        int shared = sharedLevels(other);
        return shared >= 2 && shared < LEVEL_ENDS.length && !firstBelow(shared) && !other.firstBelow(shared);
    }

    private boolean firstBelow(int level) {
        int from = LEVEL_ENDS[level - 1];
        return code.substring(from, 7).equals(FIRST_BRANCHES.substring(from - 2));
    }
}
