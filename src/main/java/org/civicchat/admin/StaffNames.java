package org.civicchat.admin;

import java.util.regex.Pattern;

/**
 * What a staff username may look like: 2–32 letters, digits, {@code _ . -}. Sign-in refuses anything else
 * before it is stored, counted or logged anywhere, so a 2 MB "username" costs nothing but its refusal.
 */
final class StaffNames {

    static final int MAX_LENGTH = 32;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]{2," + MAX_LENGTH + "}");

    private StaffNames() {
    }

    static boolean valid(String username) {
        return username != null && username.length() <= MAX_LENGTH && VALID.matcher(username).matches();
    }
}
