package dev.keysmith.domain.account;

import dev.keysmith.domain.shared.Text;

/** A customer's name as operators and members see it, 1–100 visible characters. */
public record AccountName(String value) {

    public AccountName {
        Text.visible(value, 100, "name");
    }

    @Override
    public String toString() {
        return value;
    }
}
