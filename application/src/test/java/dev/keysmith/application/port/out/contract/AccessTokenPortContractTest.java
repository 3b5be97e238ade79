package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.AccessTokenPort;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AccessTokenPort} does, stated once and run against each implementation. */
public abstract class AccessTokenPortContractTest {

    protected abstract AccessTokenPort tokens();

    @Test
    void aPersonGetsATokenWithALifetimeAndNoProducts() {
        AccessToken token = tokens().issueFor(person("ada@example.com"));

        assertThat(token.token()).isNotBlank();
        assertThat(token.expiresInSeconds()).isPositive();
        assertThat(token.products()).isEmpty();
    }

    @Test
    void aVerifierClientGetsATokenForExactlyItsProducts() {
        Set<ProductCode> products = Set.of(new ProductCode("payments"), new ProductCode("sms"));

        AccessToken token = tokens().issueFor(client(products));

        assertThat(token.token()).isNotBlank();
        assertThat(token.expiresInSeconds()).isPositive();
        assertThat(token.products()).isEqualTo(products);
    }

    @Test
    void twoPeopleNeverShareAToken() {
        AccessToken ada = tokens().issueFor(person("ada@example.com"));
        AccessToken grace = tokens().issueFor(person("grace@example.com"));

        assertThat(ada.token()).isNotEqualTo(grace.token());
    }

    @Test
    void theTokenNeverShowsInItsOwnDescription() {
        AccessToken token = tokens().issueFor(person("ada@example.com"));

        assertThat(token.toString()).doesNotContain(token.token());
    }

    private static User person(String email) {
        return User.register(
                UserId.random(), new Email(email), new DisplayName("Ada"), "hash", null, false, Instant.now());
    }

    private static VerifierClient client(Set<ProductCode> products) {
        return new VerifierClient(
                UUID.randomUUID(),
                new VerifierClientId("vc_abcdefghijklmnop"),
                "Payments backend",
                products,
                "hash",
                true,
                Instant.now(),
                null);
    }
}
