package dev.keysmith.adapters.persistence.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

@QuarkusTest
class ChangeNotificationPersistenceTest {

    @Inject
    AccountChangedPort changes;

    @Inject
    Stored stored;

    @Test
    void aChangeIsHeardWhenItsTransactionCommitsAndNotBefore() throws SQLException {
        AccountId account = AccountId.random();
        ProductCode product = new ProductCode("payments");
        try (Connection listener = listen()) {
            List<String> heardBeforeCommit = new ArrayList<>();
            QuarkusTransaction.requiringNew().run(() -> {
                changes.accountChanged(account);
                changes.productAccessChanged(account, product);
                changes.productChanged(product);
                heardBeforeCommit.addAll(payloads(listener, 0, 300));
            });

            assertThat(heardBeforeCommit).isEmpty();
            assertThat(payloads(listener, 3, 5000))
                    .containsExactly(
                            "account:" + account.value(),
                            "access:" + account.value() + ":payments",
                            "product:payments");
        }
    }

    @Test
    void aChangeThatRollsBackIsNeverHeard() throws SQLException {
        AccountId account = AccountId.random();
        try (Connection listener = listen()) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                        changes.accountChanged(account);
                        throw new IllegalStateException("something later in the transaction fails");
                    }))
                    .isInstanceOf(IllegalStateException.class);

            assertThat(payloads(listener, 0, 500)).doesNotContain("account:" + account.value());
        }
    }

    private Connection listen() throws SQLException {
        Connection connection = stored.separateConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + AccountChangedNotifyAdapter.CHANNEL);
        }
        return connection;
    }

    /** What the listener hears until it has {@code expected} payloads, or the time is up (all of it when 0). */
    private static List<String> payloads(Connection listener, int expected, long waitMillis) {
        List<String> payloads = new ArrayList<>();
        long deadline = System.currentTimeMillis() + waitMillis;
        try {
            PGConnection pg = listener.unwrap(PGConnection.class);
            for (long left = waitMillis;
                    left > 0 && (expected == 0 || payloads.size() < expected);
                    left = deadline - System.currentTimeMillis()) {
                PGNotification[] received = pg.getNotifications((int) left);
                for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                    assertThat(notification.getName()).isEqualTo(AccountChangedNotifyAdapter.CHANNEL);
                    payloads.add(notification.getParameter());
                }
            }
            return payloads;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
