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

    /** The 400 problem staff read: this message as {@code detail}, the input as {@code field}. */
    org.springframework.http.ProblemDetail problem(String title) {
        var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.BAD_REQUEST, getMessage());
        problem.setTitle(title);
        problem.setProperty("field", field);
        return problem;
    }
}
