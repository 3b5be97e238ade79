package dev.keysmith.adapters.persistence.notification;

import static dev.keysmith.adapters.persistence.shared.SqlValues.text;

import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Accounts' in-app notifications. A sweep batch posts many at once, so inserts are one statement over arrays;
 * reading and marking as read go through Panache.
 */
@ApplicationScoped
public class NotificationPersistenceAdapter implements NotificationPort {

    private static final String INSERT = """
            INSERT INTO notification (id, account_id, key_id, kind, title, body, product_code, expires_on, created_at)
            SELECT n.id, n.account_id, n.key_id, n.kind, n.title, n.body, n.product_code, n.expires_on::date,
                   n.created_at::timestamptz
              FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[]) AS n(id, account_id, key_id, kind, title, body, product_code, expires_on, created_at)""";

    private final NotificationPanacheRepository repository;
    private final DataSource dataSource;

    NotificationPersistenceAdapter(NotificationPanacheRepository repository, DataSource dataSource) {
        this.repository = repository;
        this.dataSource = dataSource;
    }

    @Override
    public void insertNotifications(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid",
                            notifications.stream().map(n -> n.id().value()).toArray()));
            statement.setArray(
                    2,
                    connection.createArrayOf(
                            "uuid",
                            notifications.stream()
                                    .map(n -> n.accountId().value())
                                    .toArray()));
            statement.setArray(
                    3,
                    connection.createArrayOf(
                            "uuid",
                            notifications.stream()
                                    .map(n ->
                                            n.keyId() == null ? null : n.keyId().value())
                                    .toArray()));
            statement.setArray(
                    4,
                    connection.createArrayOf(
                            "text",
                            notifications.stream().map(n -> n.kind().name()).toArray()));
            statement.setArray(
                    5,
                    connection.createArrayOf(
                            "text",
                            notifications.stream().map(Notification::title).toArray()));
            statement.setArray(
                    6,
                    connection.createArrayOf(
                            "text",
                            notifications.stream().map(Notification::body).toArray()));
            statement.setArray(
                    7,
                    connection.createArrayOf(
                            "text",
                            notifications.stream()
                                    .map(n -> n.product() == null
                                            ? null
                                            : n.product().value())
                                    .toArray()));
            statement.setArray(
                    8,
                    connection.createArrayOf(
                            "text",
                            notifications.stream()
                                    .map(n -> n.expiresOn() == null
                                            ? null
                                            : n.expiresOn().toString())
                                    .toArray()));
            statement.setArray(
                    9,
                    connection.createArrayOf(
                            "text",
                            notifications.stream().map(n -> text(n.createdAt())).toArray()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store notifications", e);
        }
    }

    @Override
    public List<Notification> loadNotifications(
            AccountId account, boolean unreadOnly, NotificationCursor after, int limit) {
        StringBuilder hql = new StringBuilder("from NotificationJpaEntity n where n.accountId = :account");
        if (unreadOnly) {
            hql.append(" and n.readAt is null");
        }
        if (after != null) {
            hql.append(" and (n.createdAt < :createdAt or (n.createdAt = :createdAt and n.id < :id))");
        }
        hql.append(" order by n.createdAt desc, n.id desc");
        TypedQuery<NotificationJpaEntity> query =
                repository.getEntityManager().createQuery(hql.toString(), NotificationJpaEntity.class);
        query.setParameter("account", account.value());
        if (after != null) {
            query.setParameter("createdAt", after.createdAt());
            query.setParameter("id", after.id().value());
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(NotificationMapper::toDomain)
                .toList();
    }

    @Override
    public Optional<Notification> loadNotification(NotificationId id) {
        return repository.findByIdOptional(id.value()).map(NotificationMapper::toDomain);
    }

    @Override
    public void updateNotification(Notification notification) {
        repository.findByIdOptional(notification.id().value()).ifPresent(e -> e.readAt = notification.readAt());
    }
}
