package dev.keysmith.adapters.persistence.access;

import dev.keysmith.domain.access.AccessState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "product_access")
@IdClass(ProductAccessJpaEntity.Key.class)
public class ProductAccessJpaEntity {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Id
    @Column(name = "product_code")
    public String productCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    public AccessState state;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "intended_start_date")
    public LocalDate intendedStartDate;

    @Column(name = "use_case")
    public String useCase;

    @Column(name = "requested_by")
    public UUID requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The primary key: one row per account and product. */
    public static class Key implements Serializable {

        public UUID accountId;
        public String productCode;

        public Key() {}

        Key(UUID accountId, String productCode) {
            this.accountId = accountId;
            this.productCode = productCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(accountId, key.accountId)
                    && Objects.equals(productCode, key.productCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, productCode);
        }
    }
}
