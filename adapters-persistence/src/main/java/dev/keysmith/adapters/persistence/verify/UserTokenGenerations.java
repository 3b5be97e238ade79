package dev.keysmith.adapters.persistence.verify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.keysmith.application.port.out.TokenGenerationPort;
import dev.keysmith.application.port.out.VerificationUnavailableException;
import dev.keysmith.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * People's current token generations, cached per instance. A change is dropped here as its transaction ends
 * ({@link ChangeChannel}) and on every other instance through the change listener; entries also expire after a
 * second, so a missed notification never keeps an ended token alive longer than that.
 */
@ApplicationScoped
public class UserTokenGenerations implements TokenGenerationPort {

    private final DataSource dataSource;
    private final Cache<UUID, Long> generations = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofSeconds(1))
            .build();

    UserTokenGenerations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long currentGeneration(UserId user) {
        return generations.get(user.value(), this::load);
    }

    void changed(UUID userId) {
        generations.invalidate(userId);
    }

    void drop(ChangedEntries changes) {
        if (changes.everything()) {
            invalidateAll();
        } else {
            generations.invalidateAll(changes.users());
        }
    }

    void invalidateAll() {
        generations.invalidateAll();
    }

    private long load(UUID userId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT token_generation FROM app_user WHERE id = ?")) {
            statement.setObject(1, userId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw new VerificationUnavailableException(e);
        }
    }
}
