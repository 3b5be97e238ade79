package dev.keysmith.adapters.persistence.product;

import static dev.keysmith.adapters.persistence.shared.SqlValues.timestamp;

import dev.keysmith.application.port.out.DefaultProductsPort;
import dev.keysmith.domain.product.ProductCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * {@code product.enabled_by_default}; new accounts get those products from the trigger of V11, in the transaction
 * that inserts them. Enabling for all is one statement over every account.
 */
@ApplicationScoped
public class DefaultProductsPersistenceAdapter implements DefaultProductsPort {

    private static final String ENABLE_FOR_ALL = """
            INSERT INTO product_access (account_id, product_code, state, decided_at)
            SELECT a.id, ?, 'ENABLED', ? FROM account a
            ON CONFLICT (account_id, product_code) DO UPDATE SET state = 'ENABLED', decided_at = EXCLUDED.decided_at
             WHERE product_access.state <> 'ENABLED'""";

    private final DataSource dataSource;

    DefaultProductsPersistenceAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean enabledByDefault(ProductCode product) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT enabled_by_default FROM product WHERE code = ?")) {
            select.setString(1, product.value());
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the product's default", e);
        }
    }

    @Override
    public void setEnabledByDefault(ProductCode product, boolean enabled) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE product SET enabled_by_default = ? WHERE code = ?")) {
            update.setBoolean(1, enabled);
            update.setString(2, product.value());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the product's default", e);
        }
    }

    @Override
    public int enableForAll(ProductCode product, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(ENABLE_FOR_ALL)) {
            upsert.setString(1, product.value());
            upsert.setObject(2, timestamp(now));
            return upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not enable the product for every account", e);
        }
    }
}
