package org.civicchat.menu;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One button of the account's custom menu, in WeChat's own JSON: a top-level button either opens a list
 * ({@code sub_button}, name only) or acts itself; an acting button is {@code click} (WeChat posts a CLICK event
 * with {@code key}) or {@code view} (the phone opens {@code url}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MenuButton(String type, String name, String key, String url,
                         @JsonProperty("sub_button") List<MenuButton> subButtons) {

    public MenuButton {
        subButtons = subButtons == null ? List.of() : List.copyOf(subButtons.stream()
                .map(b -> b == null ? new MenuButton(null, null, null, null, null) : b).toList());
    }

    public static MenuButton click(String name, String key) {
        return new MenuButton("click", name, key, null, null);
    }

    public static MenuButton view(String name, String url) {
        return new MenuButton("view", name, null, url, null);
    }

    public static MenuButton list(String name, List<MenuButton> subButtons) {
        return new MenuButton(null, name, null, null, subButtons);
    }

    boolean opensList() {
        return !subButtons.isEmpty();
    }
}
