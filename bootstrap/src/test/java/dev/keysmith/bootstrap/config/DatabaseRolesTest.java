package dev.keysmith.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseRolesTest {

    @Test
    void theServiceUrlNamesNoUserSinceAUrlParameterWouldOverrideTheRole() {
        assertThat(DatabaseRoles.withoutUser("jdbc:postgresql://localhost:5432/keysmith?user=postgres"))
                .isEqualTo("jdbc:postgresql://localhost:5432/keysmith");
        assertThat(DatabaseRoles.withoutUser("jdbc:postgresql://h/k?user=postgres&password=x&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/k?ssl=true");
        assertThat(DatabaseRoles.withoutUser("jdbc:postgresql://h/k")).isEqualTo("jdbc:postgresql://h/k");
    }
}
