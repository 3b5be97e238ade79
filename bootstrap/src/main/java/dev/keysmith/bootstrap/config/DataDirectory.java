package dev.keysmith.bootstrap.config;

import java.nio.file.Path;
import java.util.Map;

/** Where the embedded default keeps its state: {@code keysmith.data-dir}, else {@code ./.keysmith}. */
final class DataDirectory {

    static final String DEFAULT = ".keysmith";

    private DataDirectory() {}

    static Path resolve(Map<String, String> environment) {
        String configured = System.getProperty("keysmith.data-dir");
        if (configured == null || configured.isBlank()) {
            configured = environment.get("KEYSMITH_DATA_DIR");
        }
        return Path.of(configured == null || configured.isBlank() ? DEFAULT : configured);
    }
}
