package dev.keysmith.adapters.persistence.verify;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the change listener opens its own connection, outside the pool: the service's datasource, built in
 * bootstrap from the standard {@code quarkus.datasource.*} settings.
 */
public record ListenerConnection(String jdbcUrl, Optional<String> username, Optional<String> password) {

    public ListenerConnection {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        username = username == null ? Optional.empty() : username;
        password = password == null ? Optional.empty() : password;
    }

    // Never the password: this record may end up in a log line or an exception.
    @Override
    public String toString() {
        return "ListenerConnection[jdbcUrl=" + jdbcUrl + ", username=" + username.orElse("") + "]";
    }
}
