package org.civicchat.dialog;

import org.springframework.stereotype.Component;

import java.util.Optional;

/** The chat side of notice topics. Placeholder until the notice feature's topics land. */
@Component
class TopicCommands {

    Optional<Reply> onCommand(String openid, String text) {
        return Optional.empty();
    }
}
