package dev.keysmith.bootstrap.config;

import java.nio.file.Path;

/** Where the embedded default keeps its state: {@code keysmith.data-dir}, else {@code ./.keysmith}. */
final class DataDirectory {

    static final String DEFAULT = ".keysmith";

    private DataDirectory() {}

    static Path resolve(PreStartSettings settings) {
        return Path.of(settings.value("keysmith.data-dir")
                .filter(value -> !value.isBlank())
                .orElse(DEFAULT));
    }
}
