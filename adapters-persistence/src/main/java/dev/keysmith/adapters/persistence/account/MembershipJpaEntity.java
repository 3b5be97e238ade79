package dev.keysmith.adapters.persistence.account;

import dev.keysmith.domain.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "membership")
@IdClass(MembershipJpaEntity.Key.class)
public class MembershipJpaEntity {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public Role role;

    /** The primary key: one membership per account and user. */
    public static class Key implements Serializable {

        public UUID accountId;
        public UUID userId;

        public Key() {}

        Key(UUID accountId, UUID userId) {
            this.accountId = accountId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(accountId, key.accountId)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, userId);
        }
    }
}
