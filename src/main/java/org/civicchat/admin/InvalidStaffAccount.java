package org.civicchat.admin;

/** A staff account request that cannot be carried out; {@code field} names the input, the message is Chinese. */
final class InvalidStaffAccount extends RuntimeException {

    private final String field;

    InvalidStaffAccount(String field, String chineseMessage) {
        super(chineseMessage);
        this.field = field;
    }

    String field() {
        return field;
    }
}
