package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.Text;

/** How a person is shown to others, 1–100 visible characters. */
public record DisplayName(String value) {

    public DisplayName {
        Text.visible(value, 100, "displayName");
    }

    @Override
    public String toString() {
        return value;
    }
}
