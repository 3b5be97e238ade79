package dev.keysmith.adapters.persistence.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class NotificationPanacheRepository implements PanacheRepositoryBase<NotificationJpaEntity, UUID> {}
