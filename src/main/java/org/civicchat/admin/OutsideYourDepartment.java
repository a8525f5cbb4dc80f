package org.civicchat.admin;

/** A handler asked for a ticket routed to another department. */
final class OutsideYourDepartment extends RuntimeException {

    OutsideYourDepartment(String number) {
        super("ticket " + number + " is not routed to your department");
    }
}
