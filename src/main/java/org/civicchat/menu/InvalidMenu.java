package org.civicchat.menu;

/** A menu the office wrote that WeChat would refuse or that names something we do not have; message in Chinese. */
public final class InvalidMenu extends RuntimeException {

    public InvalidMenu(String message) {
        super(message);
    }
}
