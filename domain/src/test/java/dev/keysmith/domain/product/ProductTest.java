package dev.keysmith.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductTest {

    private static Set<Scope> scopes(String... names) {
        return java.util.Arrays.stream(names).map(Scope::new).collect(java.util.stream.Collectors.toSet());
    }

    private static Product payments() {
        return Product.define(
                new ProductCode("payments"),
                new ProductName("Payments"),
                new KeyPrefix("pay"),
                scopes("read", "write", "delete"),
                scopes("read"));
    }

    @Test
    void definesAProductWithDefaultScopesInsideItsScopes() {
        Product product = payments();

        assertThat(product.scopes()).extracting(Scope::value).containsExactly("delete", "read", "write");
        assertThat(product.defaultScopes()).extracting(Scope::value).containsExactly("read");
        assertThat(product.offers(new Scope("write"))).isTrue();
        assertThat(product.offers(new Scope("refund"))).isFalse();
    }

    @Test
    void withoutDefaultsEveryScopeIsADefault() {
        Product product = Product.define(
                new ProductCode("sms"), new ProductName("SMS"), new KeyPrefix("sms"), scopes("send", "read"), null);

        assertThat(product.defaultScopes()).isEqualTo(product.scopes());
    }

    @Test
    void refusesDefaultScopesTheProductDoesNotOffer() {
        assertThatThrownBy(() -> Product.define(
                        new ProductCode("payments"),
                        new ProductName("Payments"),
                        new KeyPrefix("pay"),
                        scopes("read"),
                        scopes("read", "admin")))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("defaultScopes");
    }

    @Test
    void refusesAProductWithoutScopes() {
        assertThatThrownBy(() -> Product.define(
                        new ProductCode("payments"), new ProductName("Payments"), new KeyPrefix("pay"), Set.of(), null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one scope");
    }

    @ParameterizedTest
    @ValueSource(strings = {"p", "PAY", "pay1", "payments1", "pa_y", "", "abcdefghi"})
    void keyPrefixIsTwoToEightLowercaseLetters(String prefix) {
        assertThatThrownBy(() -> new KeyPrefix(prefix)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pa", "pay", "abcdefgh"})
    void acceptsValidKeyPrefixes(String prefix) {
        assertThat(new KeyPrefix(prefix).value()).isEqualTo(prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Payments", "pay ments", "-pay", "pay-", "pay--x", "p", "a/b"})
    void codeIsALowercaseSlug(String code) {
        assertThatThrownBy(() -> new ProductCode(code)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void nameMustBeVisibleText() {
        assertThatThrownBy(() -> new ProductName(" ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ProductName("a\u0000b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ProductName("x".repeat(81))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void droppingAScopeDropsItFromTheDefaults() {
        Product changed = payments().change(null, scopes("write", "delete"), null);

        assertThat(changed.scopes()).extracting(Scope::value).containsExactly("delete", "write");
        assertThat(changed.defaultScopes()).isEmpty();
        assertThat(changed.keyPrefix()).isEqualTo(new KeyPrefix("pay"));
        assertThat(changed.name()).isEqualTo(new ProductName("Payments"));
    }

    @Test
    void changeKeepsWhatIsNotGiven() {
        Product changed = payments().change(new ProductName("Card payments"), null, null);

        assertThat(changed.name().value()).isEqualTo("Card payments");
        assertThat(changed.scopes()).isEqualTo(payments().scopes());
        assertThat(changed.defaultScopes()).isEqualTo(payments().defaultScopes());
    }

    @Test
    void scopesAreImmutable() {
        Product product = payments();
        assertThatThrownBy(() -> product.scopes().add(new Scope("admin")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void scopeNamesAreRestricted() {
        for (String bad : List.of("", "Read", "1read", "re ad", "x".repeat(41))) {
            assertThatThrownBy(() -> new Scope(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
        assertThat(new Scope("payments:refund").value()).isEqualTo("payments:refund");
    }
}
