package org.civicchat.menu;

import java.util.Optional;

/**
 * The click keys our menu sends and the dialog answers: {@code faq:<id>} (that FAQ entry), {@code survey:<id>}
 * (start that survey), {@code tickets} (the resident's tickets), {@code volunteer} (upcoming activities),
 * {@code subscribe:<topic>} (follow that notice topic). One vocabulary for the menu editor and the chat.
 *
 * @param argument the FAQ id, survey id or topic; empty for tickets and volunteer
 */
public record MenuKey(Kind kind, String argument) {

    public enum Kind {
        FAQ("faq:"), SURVEY("survey:"), TICKETS("tickets"), VOLUNTEER("volunteer"), SUBSCRIBE("subscribe:");

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        boolean takesArgument() {
            return spelling.endsWith(":");
        }

        public String spelling() {
            return spelling;
        }
    }

    /** The key a CLICK event carries, if it is one of ours ({@code faq:} with an empty id is not). */
    public static Optional<MenuKey> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.strip();
        for (Kind kind : Kind.values()) {
            if (kind.takesArgument() && k.startsWith(kind.spelling)) {
                String argument = k.substring(kind.spelling.length()).strip();
                return argument.isEmpty() ? Optional.empty() : Optional.of(new MenuKey(kind, argument));
            }
            if (!kind.takesArgument() && k.equals(kind.spelling)) {
                return Optional.of(new MenuKey(kind, ""));
            }
        }
        return Optional.empty();
    }

    public String spelled() {
        return kind.spelling + argument;
    }
}
