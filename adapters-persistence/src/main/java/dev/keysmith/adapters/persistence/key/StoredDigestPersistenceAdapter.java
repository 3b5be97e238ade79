package dev.keysmith.adapters.persistence.key;

import dev.keysmith.application.port.out.StoredDigestPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Asks the table itself (its unique index on the digest), never the verification snapshot, which caches misses. */
@ApplicationScoped
public class StoredDigestPersistenceAdapter implements StoredDigestPort {

    private final DataSource dataSource;

    StoredDigestPersistenceAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean digestStored(String secretHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT 1 FROM api_key WHERE secret_hash = ?")) {
            select.setString(1, secretHash);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look the key digest up", e);
        }
    }
}
