package dev.keysmith.domain.product;

import dev.keysmith.domain.shared.Text;

/** A product's display name, 1–80 characters of visible text. */
public record ProductName(String value) {

    public ProductName {
        Text.visible(value, 80, "name");
    }

    @Override
    public String toString() {
        return value;
    }
}
